import { atom } from "@rbxts/charm";
import { DEFAULT_PLAYER_DATA, PlayerSettings } from "shared/data/player-data";

/**
 * Client-local state, never overwritten by the sync: the settings the player sees and hears (the saved ones plus any
 * change not yet confirmed by the server), and UI state.
 */
export const localSettingsAtom = atom<PlayerSettings>(DEFAULT_PLAYER_DATA.settings);

export interface UiState {
	/** The panel shown, by its menu entry's name (client/ui/ui-registry), or "none". */
	readonly openPanel: string;
}

export const uiStateAtom = atom<UiState>({ openPanel: "none" });
