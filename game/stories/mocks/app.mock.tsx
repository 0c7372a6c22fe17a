import React from "@rbxts/react";
import { Atom, atom } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { PlayerSettings } from "shared/data/player-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { HealthReport } from "shared/integration/health";
import { UiState } from "client/state/local-state";
import { App, AppActions, AppSources } from "client/ui/app";
import { MOCK_GAME, MOCK_NOW, MOCK_PLAYER, MOCK_REPORT, noop } from "./player.mock";

export const MOCK_ACTIONS: AppActions = {
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
	};
}

/** The whole UI on mock sources. */
export function mockApp(sources: AppSources, actions: AppActions = MOCK_ACTIONS) {
	return <App sources={sources} actions={actions} />;
}
