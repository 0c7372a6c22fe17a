import React from "@rbxts/react";
import { Atom, atom } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { PlayerSettings } from "shared/data/player-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { HealthReport } from "shared/integration/health";
import { UiState } from "client/state/local-state";
import { App, AppActions, AppSources } from "client/ui/app";
import { MOCK_GAME, MOCK_NOW, MOCK_PLAYER, MOCK_REPORT, noop } from "./player.mock";
// demo:begin
import { RoundState } from "shared/demo/round-rules";
import { MOCK_ROUND } from "./player.mock";
// demo:end

export const MOCK_ACTIONS: AppActions = {
	// demo:begin
	buy: noop,
	equip: noop,
	// demo:end
	promptProduct: noop,
	changeSetting: noop,
	forceSync: noop,
};

/** The app's sources as writable atoms, so stories and specs can change the mock state. */
export interface MockSources extends AppSources {
	readonly ownData: Atom<PrivatePlayerView | undefined>;
	readonly gameData: Atom<GameData | undefined>;
	readonly settings: Atom<PlayerSettings>;
	readonly diagnostics: Atom<HealthReport | undefined>;
	// demo:begin
	readonly round: Atom<RoundState | undefined>;
	// demo:end
}

/** Fresh atoms with mock state (never the game's own atoms). */
export function mockSources(loaded: boolean, openPanel: UiState["openPanel"]): MockSources {
	return {
		ownData: atom<PrivatePlayerView | undefined>(loaded ? MOCK_PLAYER : undefined),
		gameData: atom<GameData | undefined>(loaded ? MOCK_GAME : undefined),
		settings: atom<PlayerSettings>(MOCK_PLAYER.settings),
		uiState: atom<UiState>({ openPanel }),
		diagnostics: atom<HealthReport | undefined>(MOCK_REPORT),
		serverTime: () => MOCK_NOW,
		// demo:begin
		round: atom<RoundState | undefined>(loaded ? MOCK_ROUND : undefined),
		// demo:end
	};
}

/** The whole UI on mock sources. */
export function mockApp(sources: AppSources, actions: AppActions = MOCK_ACTIONS) {
	return <App sources={sources} actions={actions} />;
}
