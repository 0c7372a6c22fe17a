import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { UiRegion } from "shared/analytics/ui-regions";
import { HealthReport } from "shared/integration/health";
import { mountScreen, TestScreen } from "testing/react-screen";
import { Hud } from "client/ui/components/hud/hud";
import { FRAMEWORK_PANELS } from "client/ui/ui-registry";
import { mockApp, mockSources } from "stories/mocks/app.mock";
import { noop } from "stories/mocks/player.mock";
import { ErrorReporterContext } from "./error-report";

function Throws(): React.Element {
	error("this component always fails");
}

/** A reporter that records what it was told, and the UI under it. */
function reported() {
	const calls: [UiRegion, string][] = [];
	const wrap = (element: React.Element) => (
		<ErrorReporterContext.Provider value={(region, message) => calls.push([region, message])}>
			{element}
		</ErrorReporterContext.Provider>
	);
	return { calls, wrap };
}

describe("error boundaries", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("a failing HUD item shows a fallback, is reported once, and the rest of the HUD keeps working", () => {
		const { calls, wrap } = reported();
		const hud = (coins: number) =>
			wrap(
				<Hud
					key="Hud"
					coins={coins}
					toasts={[]}
					menu={FRAMEWORK_PANELS}
					openPanel="none"
					showDiagnostics={false}
					onOpen={noop}
				>
					<Throws key="Broken" />
				</Hud>,
			);
		mounted = mountScreen(hud(10));
		expect(mounted.find("GameItemsFailed")?.IsA("TextLabel")).toBe(true);
		expect(mounted.text("Coins")).toBe("10");
		expect(mounted.text("SettingsButton")).toBe("Settings");
		mounted.render(hud(25));
		expect(mounted.text("Coins")).toBe("25");
		expect(calls.size()).toBe(1);
		expect(calls[0][0]).toBe("GameItems");
		expect(calls[0][1].find("this component always fails")[0]).toBeDefined();
	});

	it("a panel that fails on bad data leaves the HUD, and another panel opens in its place", () => {
		const { calls, wrap } = reported();
		const sources = mockSources(true, "diagnostics");
		// A report missing its systems, as a broken server or a bad sync could deliver it.
		sources.diagnostics({ generatedAt: 0, overall: "ok" } as unknown as HealthReport);
		mounted = mountScreen(wrap(mockApp(sources)));
		expect(mounted.find("PanelFailed")).toBeDefined();
		expect(mounted.find("DiagnosticsPanel")).toBeUndefined();
		expect(mounted.find("Coins")).toBeDefined();
		expect(calls.map(([region]) => region)).toEqual(["Panel"]);
		mounted.click("SettingsButton");
		expect(mounted.find("SettingsPanel")).toBeDefined();
		expect(mounted.find("PanelFailed")).toBeUndefined();
		ReactRoblox.act(() => sources.uiState({ openPanel: "none" }));
		expect(calls.size()).toBe(1);
	});
});
