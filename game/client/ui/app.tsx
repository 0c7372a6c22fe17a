import React from "@rbxts/react";
import { Atom, Getter } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { PlayerSettings } from "shared/data/player-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { SettingChange } from "shared/data/settings";
import { HealthReport } from "shared/integration/health";
import { Localiser } from "shared/localisation/localiser";
import type { RejectionKind } from "shared/remotes/rejection";
import { localiserAtom } from "client/localisation/localiser-state";
import { LocaliserContext } from "client/localisation/use-localiser";
import { UiState } from "client/state/local-state";
import { DiagnosticsPanel } from "./components/diagnostics/diagnostics-panel";
import { Hud } from "./components/hud/hud";
import { LoadingScreen } from "./components/loading-screen";
import { SettingsPanel } from "./components/settings/settings-panel";
import { ErrorBoundary } from "./errors/error-boundary";
import { useAtom, useSelected } from "./hooks/use-atom";
import { EventSource } from "./hooks/use-event";
import { Toast, useToasts } from "./hooks/use-toasts";
import { openPanel, PanelName } from "./panel-actions";
import { menuEntries, NO_EXTENSIONS, UiExtensions } from "./ui-registry";

/** Where the UI reads from: the client's atoms and remotes in the game (see UiController), mocks in stories. */
export interface AppSources {
	readonly ownData: Getter<PrivatePlayerView | undefined>;
	readonly gameData: Getter<GameData | undefined>;
	readonly settings: Getter<PlayerSettings>;
	readonly uiState: Atom<UiState>;
	/** The health report, defined for admins only. */
	readonly diagnostics: Getter<HealthReport | undefined>;
	/** The server's clock, Unix seconds. */
	readonly serverTime: () => number;
	readonly rewarded?: EventSource<[reason: string, coins: number]>;
	readonly rejected?: EventSource<[action: string, message: string, kind: RejectionKind]>;
	/** The player's localiser (LocalisationController's); the place's source language when not given. */
	readonly localiser?: Getter<Localiser>;
	/** The game's own HUD items and panels (UiController's registry); none when not given. */
	readonly extensions?: Getter<UiExtensions>;
}

/** What the UI can ask for; UiController sends each to the server or the engine. */
export interface AppActions {
	readonly promptProduct: (productId: number) => void;
	readonly changeSetting: (change: SettingChange) => void;
	readonly forceSync: () => void;
}

export interface AppProps {
	readonly sources: AppSources;
	readonly actions: AppActions;
	/** Toasts to start with (stories). */
	readonly initialToasts?: ReadonlyArray<Toast>;
}

// The parts of the synced state the UI shows. Selecting them (not the whole view) keeps a change elsewhere, such as
// the server's totals rising when another player earns coins, from re-rendering the HUD on every client.
const selectCoins = (data: PrivatePlayerView | undefined) => data?.coins;
const selectGameArrived = (data: GameData | undefined) => data !== undefined;
const noExtensions = () => NO_EXTENSIONS;

/**
 * The root of the UI: the loading screen until the player's data and the game data have arrived, then the HUD (with
 * the game's own items in it) and the panel uiState says is open: one of the framework's, or one the game registered
 * (client/ui/ui-registry). The leaderboard panel is drawn by the leaderboards' own UI.
 */
export function App(props: AppProps) {
	const { sources, actions } = props;
	const coins = useSelected(sources.ownData, selectCoins);
	const gameArrived = useSelected(sources.gameData, selectGameArrived);
	const settings = useAtom(sources.settings);
	const uiState = useAtom(sources.uiState);
	const report = useAtom(sources.diagnostics);
	const localiser = useAtom(sources.localiser ?? localiserAtom);
	const extensions = useAtom(sources.extensions ?? noExtensions);
	const menu = React.useMemo(() => menuEntries(extensions), [extensions]);
	const toasts = useToasts(localiser, sources.rewarded, sources.rejected, props.initialToasts);
	const open = React.useCallback((panel: PanelName) => openPanel(sources.uiState, panel), [sources.uiState]);

	if (coins === undefined || !gameArrived) {
		// Two things to wait for, the player's data and the game's: the bar is half full once one has arrived.
		const arrived = (coins !== undefined ? 1 : 0) + (gameArrived ? 1 : 0);
		return (
			<LocaliserContext.Provider value={localiser}>
				<LoadingScreen
					key="LoadingScreen"
					waitingFor={coins === undefined ? "data" : "game"}
					progress={arrived / 2}
				/>
			</LocaliserContext.Provider>
		);
	}
	const close = () => open("none");
	const hudItems: Record<string, React.Element> = {};
	for (const item of extensions.hud) hudItems[item.key] = React.createElement(item.component, { sources, actions });
	let panel: React.Element | undefined;
	const gamePanel = extensions.panels.find((entry) => entry.panel === uiState.openPanel);
	if (gamePanel !== undefined) {
		panel = React.createElement(gamePanel.component, { key: gamePanel.frame, sources, actions, onClose: close });
	} else if (uiState.openPanel === "settings") {
		panel = (
			<SettingsPanel key="SettingsPanel" settings={settings} onChange={actions.changeSetting} onClose={close} />
		);
	} else if (uiState.openPanel === "diagnostics" && report !== undefined) {
		panel = (
			<DiagnosticsPanel
				key="DiagnosticsPanel"
				report={report}
				serverTime={sources.serverTime}
				onForceSync={actions.forceSync}
				onClose={close}
			/>
		);
	}
	return (
		<LocaliserContext.Provider value={localiser}>
			<ErrorBoundary key="Hud" region="Hud">
				<Hud
					key="Hud"
					coins={coins}
					toasts={toasts}
					menu={menu}
					openPanel={uiState.openPanel}
					showDiagnostics={report !== undefined}
					onOpen={open}
				>
					{hudItems}
				</Hud>
			</ErrorBoundary>
			<ErrorBoundary key="Panel" region="Panel" resetKey={uiState.openPanel}>
				{panel}
			</ErrorBoundary>
		</LocaliserContext.Provider>
	);
}
