import React from "@rbxts/react";
import { InputBinding, PANEL_BINDINGS } from "shared/config/input";
import type { AppActions, AppSources } from "./app";

/** What a game's own HUD item or panel draws from: the sources and actions the framework's UI uses. */
export interface UiItemProps {
	readonly sources: AppSources;
	readonly actions: AppActions;
}

export interface PanelItemProps extends UiItemProps {
	readonly onClose: () => void;
}

/** Something the game puts on the HUD (a round's clock, say), drawn over the whole screen like the rest. */
export interface HudItem {
	/** Its name among the HUD's items, unique. */
	readonly key: string;
	readonly component: React.FunctionComponent<UiItemProps>;
}

/** A panel's entry in the menu: the HUD button that opens it, its key and gamepad button, the frame it draws. */
export interface MenuEntry {
	/** The name the UI state opens it by (`UiState.openPanel`). */
	readonly panel: string;
	/** Where its button sits among the HUD's buttons, lowest first. */
	readonly order: number;
	readonly button: string;
	/** The localisation key of the button's label. */
	readonly labelKey: string;
	/** The name of the frame the panel draws (where a gamepad's selection goes when it opens). */
	readonly frame: string;
	readonly binding: InputBinding;
}

/** A panel of the game's own, with the component that draws it (named `frame` on the screen). */
export interface PanelItem extends MenuEntry {
	readonly component: React.FunctionComponent<PanelItemProps>;
}

/** What a game adds to the framework's UI. */
export interface UiExtensions {
	readonly hud: ReadonlyArray<HudItem>;
	readonly panels: ReadonlyArray<PanelItem>;
}

export const NO_EXTENSIONS: UiExtensions = { hud: [], panels: [] };

/** The framework's own panels (the leaderboard panel is drawn by the leaderboards' own UI, the others by the App). */
export const FRAMEWORK_PANELS: ReadonlyArray<MenuEntry> = [
	{
		panel: "leaderboards",
		order: 20,
		button: "LeaderboardsButton",
		labelKey: "Menu.Boards",
		frame: "LeaderboardPanel",
		binding: PANEL_BINDINGS.leaderboards,
	},
	{
		panel: "settings",
		order: 30,
		button: "SettingsButton",
		labelKey: "Menu.Settings",
		frame: "SettingsPanel",
		binding: PANEL_BINDINGS.settings,
	},
	{
		panel: "diagnostics",
		order: 40,
		button: "DiagnosticsButton",
		labelKey: "Menu.Health",
		frame: "DiagnosticsPanel",
		binding: PANEL_BINDINGS.diagnostics,
	},
];

/** Every panel's menu entry, the framework's and the game's, in the order their buttons sit. */
export function menuEntries(extensions: UiExtensions): MenuEntry[] {
	const entries: MenuEntry[] = [...FRAMEWORK_PANELS, ...extensions.panels];
	entries.sort((a, b) => a.order < b.order);
	return entries;
}

function clash(taken: ReadonlyArray<MenuEntry>, panel: MenuEntry): string | undefined {
	for (const other of taken) {
		if (other.panel === panel.panel) return `panel "${panel.panel}" is already in the menu`;
		if (other.button === panel.button || other.frame === panel.frame) {
			return `panel "${panel.panel}" reuses the button or frame name of panel "${other.panel}"`;
		}
	}
	return undefined;
}

/** The extensions with one more panel; an error when its name, button or frame is taken (the UI finds them by name). */
export function withPanel(extensions: UiExtensions, panel: PanelItem): UiExtensions {
	if (panel.panel === "none") error(`"none" names no panel: the UI state opens it to close the open one`);
	const problem = clash(menuEntries(extensions), panel);
	if (problem !== undefined) error(problem);
	return { hud: extensions.hud, panels: [...extensions.panels, panel] };
}

/** The extensions with one more HUD item; an error when its key is taken. */
export function withHudItem(extensions: UiExtensions, item: HudItem): UiExtensions {
	if (extensions.hud.some((other) => other.key === item.key)) error(`HUD item "${item.key}" is already shown`);
	return { hud: [...extensions.hud, item], panels: extensions.panels };
}
