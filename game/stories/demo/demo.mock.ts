import { Atom, atom } from "@rbxts/charm";
import { RoundState } from "shared/demo/round-rules";
import { demoUi } from "client/demo/ui/demo-ui";
import { UiState } from "client/state/local-state";
import { MockSources, mockSources } from "stories/mocks/app.mock";
import { MOCK_NOW, noop } from "stories/mocks/player.mock";

/** The demo's mock round: round 3, with 65 s left on the stories' clock. */
export const MOCK_ROUND: RoundState = {
	phase: "playing",
	number: 3,
	endsAt: MOCK_NOW + 65,
	scores: { "1": 4 },
	lastWinner: 0,
};

/** The app's mock sources with the demo in the game, and the mock round its HUD item reads. */
export interface DemoMockSources extends MockSources {
	readonly round: Atom<RoundState | undefined>;
}

/** The app's mock sources with the demo's UI registered (its shop's buttons doing nothing) on a mock round. */
export function demoMockSources(loaded: boolean, openPanel: UiState["openPanel"]): DemoMockSources {
	const round = atom<RoundState | undefined>(loaded ? MOCK_ROUND : undefined);
	const extensions = demoUi({ buy: noop, equip: noop }, round);
	return { ...mockSources(loaded, openPanel), round, extensions: () => extensions };
}
