import { atom } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { demoUi } from "client/demo/ui/demo-ui";
import { UiState } from "client/state/local-state";
import { UiExtensions } from "client/ui/ui-registry";
import { MockSources, mockSources } from "stories/mocks/app.mock";
import { MOCK_GAME, MOCK_NOW, noop } from "stories/mocks/player.mock";

/** The demo's mock state: round 3, with 65 s left on the stories' clock. */
export const MOCK_ROUND_GAME: GameData = {
	...MOCK_GAME,
	round: { phase: "playing", number: 3, endsAt: MOCK_NOW + 65, scores: { "1": 4 }, lastWinner: 0 },
};

/** The demo's UI with its shop's buttons doing nothing. */
export const MOCK_DEMO_UI: UiExtensions = demoUi({ buy: noop, equip: noop });

/** The app's mock sources with the demo in the game: its round in the game data and its UI registered. */
export function demoMockSources(loaded: boolean, openPanel: UiState["openPanel"]): MockSources {
	return {
		...mockSources(loaded, openPanel),
		gameData: atom<GameData | undefined>(loaded ? MOCK_ROUND_GAME : undefined),
		extensions: () => MOCK_DEMO_UI,
	};
}
