import React from "@rbxts/react";
import { Toast } from "client/ui/hooks/use-toasts";
import { CoinsLabel } from "./coins-label";
import { MenuButtons, PanelName } from "./menu-buttons";
import { RoundClock, RoundInfo } from "./round-info";
import { ToastList } from "./toast-list";

export interface HudProps {
	readonly coins: number;
	readonly round: RoundClock;
	readonly serverTime: () => number;
	readonly showTimer: boolean;
	readonly toasts: ReadonlyArray<Toast>;
	readonly openPanel: PanelName;
	readonly showDiagnostics: boolean;
	readonly onOpen: (panel: PanelName) => void;
}

/** What is always on screen once loaded: coins, the round and its timer, the panel buttons and the toasts. */
export function Hud(props: HudProps) {
	return (
		<frame Size={UDim2.fromScale(1, 1)} BackgroundTransparency={1}>
			<CoinsLabel key="CoinsBox" coins={props.coins} />
			<RoundInfo key="Round" round={props.round} serverTime={props.serverTime} showTimer={props.showTimer} />
			<MenuButtons
				key="Menu"
				openPanel={props.openPanel}
				showDiagnostics={props.showDiagnostics}
				onOpen={props.onOpen}
			/>
			<ToastList key="Toasts" toasts={props.toasts} />
		</frame>
	);
}
