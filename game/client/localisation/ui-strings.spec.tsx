import { afterAll, beforeAll, describe, expect, it } from "@rbxts/jest-globals";
import React from "@rbxts/react";
import { atom } from "@rbxts/charm";
import { LocalizationService, Workspace } from "@rbxts/services";
import { createLocaliser, Localiser, TranslatorLike } from "shared/localisation/localiser";
import { REJECTION_MESSAGES, RejectionKind, rejectionKey } from "shared/remotes/rejection";
import { leaderboardsAtom, ownLeaderboardsAtom } from "client/leaderboards/leaderboard-state";
import { selectedBoardAtom } from "client/ui/leaderboards/panel-selection";
import { uiStateAtom, UiState } from "client/state/local-state";
import { LeaderboardsApp } from "client/ui/leaderboards/leaderboards-app";
import { recordingLocaliser, untranslatedTexts } from "testing/localisation-check";
import { mountScreen } from "testing/react-screen";
import { mockApp, mockSources } from "stories/mocks/app.mock";
import { MOCK_LEADERBOARDS, MOCK_VIEWER, MOCK_VIEWER_OWN } from "stories/mocks/leaderboards.mock";
import { LocaliserContext } from "./use-localiser";

interface TableEntry {
	readonly Key?: string;
	readonly Source: string;
	readonly Values: Record<string, string>;
}

const entries = () => LocalizationService.GetTableEntries() as TableEntry[];

function spanishLocaliser(): Localiser {
	return createLocaliser(LocalizationService.GetTranslatorForLocaleAsync("es-es") as unknown as TranslatorLike);
}

/** The scenes of the HUD a player can reach, each with the panel its button opens. */
const PANELS: ReadonlyArray<UiState["openPanel"]> = ["none", "settings", "diagnostics"];

/** What the UI shows with this localiser that the localiser did not make: every scene, the loading screen, the boards. */
function untranslatedScreens(localiser: Localiser, extra?: React.Element): string[] {
	const recording = recordingLocaliser(localiser);
	const found: string[] = [];
	const mountApp = (loaded: boolean, openPanel: UiState["openPanel"]) => {
		const sources = { ...mockSources(loaded, openPanel), localiser: atom(recording.localiser) };
		const mounted = mountScreen(
			<>
				{mockApp(sources)}
				{extra}
			</>,
		);
		for (const text of untranslatedTexts([mounted.screen], recording.made)) found.push(text);
		mounted.unmount();
	};
	mountApp(false, "none");
	for (const panel of PANELS) mountApp(true, panel);

	// The leaderboard panel and a world board, from the leaderboards' own UI.
	const part = new Instance("Part");
	part.Parent = Workspace;
	leaderboardsAtom(MOCK_LEADERBOARDS);
	ownLeaderboardsAtom(MOCK_VIEWER_OWN);
	uiStateAtom({ openPanel: "leaderboards" });
	const boards = mountScreen(
		<LocaliserContext.Provider value={recording.localiser}>
			<LeaderboardsApp userId={MOCK_VIEWER.userId} playerName={MOCK_VIEWER.name} partFor={() => part} />
		</LocaliserContext.Provider>,
	);
	for (const text of untranslatedTexts([boards.screen, part], recording.made)) found.push(text);
	boards.unmount();
	part.Destroy();
	uiStateAtom({ openPanel: "none" });
	leaderboardsAtom(undefined);
	ownLeaderboardsAtom(undefined);
	selectedBoardAtom(undefined);
	return found;
}

describe("the UI's strings come from the LocalizationTable", () => {
	beforeAll(() => uiStateAtom({ openPanel: "none" }));
	afterAll(() => uiStateAtom({ openPanel: "none" }));

	it("renders no text the localiser did not make, in English and in Spanish, on every screen", () => {
		expect(
			untranslatedScreens(
				createLocaliser(LocalizationService.GetTranslatorForLocaleAsync("en-us") as unknown as TranslatorLike),
			),
		).toEqual([]);
		expect(untranslatedScreens(spanishLocaliser())).toEqual([]);
	});

	it("catches a component that renders a literal", () => {
		const found = untranslatedScreens(spanishLocaliser(), <textlabel key="Literal" Text="Hello there" />);
		expect(found.size() > 0).toBe(true);
		expect(found.every((line) => line.find("Literal: Hello there", 1, true)[0] !== undefined)).toBe(true);
	});

	it("catches a string the table does not have", () => {
		function Unknown() {
			const localiser = React.useContext(LocaliserContext);
			return <textlabel key="Unknown" Text={localiser.text("No.Such.Key")} />;
		}
		const found = untranslatedScreens(
			createLocaliser(spanishLocaliserTranslator(), () => undefined),
			<Unknown key="Unknown" />,
		);
		expect(found.some((line) => line.find("Unknown: No.Such.Key", 1, true)[0] !== undefined)).toBe(true);
	});

	it("has a Spanish text for every key, and a refusal's Source is its server message", () => {
		const keys = new Map<string, TableEntry>();
		for (const entry of entries()) {
			expect(entry.Key).toBeDefined();
			expect(keys.has(entry.Key!)).toBe(false);
			keys.set(entry.Key!, entry);
			expect([entry.Key, (entry.Values.es ?? "") !== ""]).toEqual([entry.Key, true]);
		}
		for (const [kind, message] of pairs(REJECTION_MESSAGES)) {
			expect([kind, keys.get(rejectionKey(kind as RejectionKind))?.Source]).toEqual([kind, message]);
		}
	});
});

function spanishLocaliserTranslator(): TranslatorLike {
	return LocalizationService.GetTranslatorForLocaleAsync("es-es") as unknown as TranslatorLike;
}
