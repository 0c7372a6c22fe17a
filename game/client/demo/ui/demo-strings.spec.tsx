import { describe, expect, it } from "@rbxts/jest-globals";
import { atom } from "@rbxts/charm";
import { LocalizationService } from "@rbxts/services";
import { createLocaliser, TranslatorLike } from "shared/localisation/localiser";
import { recordingLocaliser, untranslatedTexts } from "testing/localisation-check";
import { mountScreen } from "testing/react-screen";
import { demoMockSources } from "stories/demo/demo.mock";
import { mockApp } from "stories/mocks/app.mock";

/** What the demo's scenes (its round on the HUD, its shop) show in this locale that the localiser did not make. */
function untranslatedDemoScreens(locale: string): string[] {
	const translator = LocalizationService.GetTranslatorForLocaleAsync(locale) as unknown as TranslatorLike;
	const recording = recordingLocaliser(createLocaliser(translator));
	const found: string[] = [];
	for (const panel of ["none", "shop"]) {
		const sources = { ...demoMockSources(true, panel), localiser: atom(recording.localiser) };
		const mounted = mountScreen(mockApp(sources));
		expect(mounted.find(panel === "shop" ? "ShopPanel" : "RoundStatus")).toBeDefined();
		for (const text of untranslatedTexts([mounted.screen], recording.made)) found.push(text);
		mounted.unmount();
	}
	return found;
}

// The framework's rule for every text it shows holds for the demo's: each comes from the LocalizationTable.
describe("the demo's UI strings", () => {
	it("renders no text the localiser did not make, in English and in Spanish", () => {
		expect(untranslatedDemoScreens("en-us")).toEqual([]);
		expect(untranslatedDemoScreens("es-es")).toEqual([]);
	});
});
