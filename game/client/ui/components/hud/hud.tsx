import React from "@rbxts/react";
import { ErrorBoundary } from "client/ui/errors/error-boundary";
import { Toast } from "client/ui/hooks/use-toasts";
import { PanelName } from "client/ui/panel-actions";
import { MenuEntry } from "client/ui/ui-registry";
import { CoinsLabel } from "./coins-label";
import { MenuButtons } from "./menu-buttons";
import { ToastList } from "./toast-list";

export interface HudProps {
	readonly coins: number;
	readonly toasts: ReadonlyArray<Toast>;
	/** The panels' buttons, in order. */
	readonly menu: ReadonlyArray<MenuEntry>;
	readonly openPanel: PanelName;
	readonly showDiagnostics: boolean;
	readonly onOpen: (panel: PanelName) => void;
	/** What the game itself puts on screen (client/ui/ui-registry's HUD items), drawn over the whole screen like the rest. */
	readonly children?: React.ReactNode;
}

/**
 * What is always on screen once loaded: coins, the panel buttons, the toasts, and the game's own HUD items, each in
 * its own error boundary so one failing part leaves the others on screen.
 */
export function Hud(props: HudProps) {
	return (
		<frame Size={UDim2.fromScale(1, 1)} BackgroundTransparency={1}>
			<ErrorBoundary key="CoinsBox" region="Coins">
				<CoinsLabel key="CoinsBox" coins={props.coins} />
			</ErrorBoundary>
			<ErrorBoundary key="GameItems" region="GameItems">
				{props.children}
			</ErrorBoundary>
			<ErrorBoundary key="Menu" region="Menu">
				<MenuButtons
					key="Menu"
					entries={props.menu}
					openPanel={props.openPanel}
					showDiagnostics={props.showDiagnostics}
					onOpen={props.onOpen}
				/>
			</ErrorBoundary>
			<ErrorBoundary key="Toasts" region="Toasts">
				<ToastList key="Toasts" toasts={props.toasts} />
			</ErrorBoundary>
		</frame>
	);
}
