import { Atom } from "@rbxts/charm";
import { UiState } from "client/state/local-state";

/** A panel by its menu entry's name, or "none" for no panel. */
export type PanelName = UiState["openPanel"];

/** What pressing a panel's button (or key) leads to: the panel opens, or closes when it is the one open. */
export function nextPanel(current: PanelName, pressed: PanelName): PanelName {
	return current === pressed ? "none" : pressed;
}

/** Shows one panel ("none": closes the open one). Every way of opening a panel goes through here. */
export function openPanel(uiState: Atom<UiState>, panel: PanelName) {
	uiState((current) => (current.openPanel === panel ? current : { ...current, openPanel: panel }));
}

/** The HUD button's press: opens the panel, or closes it when it is open. */
export function togglePanel(uiState: Atom<UiState>, panel: PanelName) {
	openPanel(uiState, nextPanel(uiState().openPanel, panel));
}
