import React from "@rbxts/react";
import { Atom, atom } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { HealthReport } from "shared/integration/health";
import { PlayerSettings } from "shared/data/player-data";
import { UiState } from "client/state/local-state";
import { MOCK_GAME, MOCK_NOW, MOCK_PLAYER, MOCK_REPORT, noop } from "./stories/mock-data";
import { App, AppActions, AppSources } from "./app";

const ACTIONS: AppActions = {
	// demo:begin
	buy: noop,
	equip: noop,
	// demo:end
	promptProduct: noop,
	changeSetting: noop,
	forceSync: noop,
};

/** The app's sources as writable atoms, so specs can change the mock state. */
export interface MockSources extends AppSources {
	readonly ownData: Atom<PrivatePlayerView | undefined>;
	readonly gameData: Atom<GameData | undefined>;
	readonly settings: Atom<PlayerSettings>;
	readonly diagnostics: Atom<HealthReport | undefined>;
}

/** Fresh atoms with mock state (the story never touches the game's own atoms). */
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

/** The whole UI, loaded, with the settings open. */
export function story(sources: AppSources = mockSources(true, "settings"), actions = ACTIONS) {
	return <App sources={sources} actions={actions} />;
}

/** The whole UI before the data has arrived. */
export function loadingStory() {
	return <App sources={mockSources(false, "none")} actions={ACTIONS} />;
}
