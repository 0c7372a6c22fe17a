/**
 * Which keys and gamepad buttons open and close the panels: rebinding is editing this table (client/input binds it
 * with ContextActionService). Keys Roblox keeps for itself are avoided: "/" (chat), Tab (player list), F9 (console),
 * ButtonStart (Roblox's menu) and ButtonSelect (UI navigation). Escape also opens Roblox's own menu.
 */
/**
 * Panels a game adds with keys of their own, merged in with `declare module "shared/config/input"` (panel -> true),
 * their keys given at run time to addPanelBinding.
 */
export interface GameBoundPanels {}

/** The panels a key opens (client/state/local-state's UiState names the same ones; the input controller checks). */
export type BoundPanel = "leaderboards" | "settings" | "diagnostics" | (keyof GameBoundPanels & string);

export interface InputBinding {
	readonly keyboard: readonly Enum.KeyCode[];
	readonly gamepad: readonly Enum.KeyCode[];
}

/** A key and a button per panel: each opens its panel, or closes it when it is open. */
const bindings: Record<string, InputBinding> = {
	leaderboards: { keyboard: [Enum.KeyCode.L], gamepad: [Enum.KeyCode.ButtonY] },
	settings: { keyboard: [Enum.KeyCode.P], gamepad: [Enum.KeyCode.ButtonL1] },
	// Only for players who get the diagnostics panel (admins); for anyone else the key does nothing.
	diagnostics: { keyboard: [Enum.KeyCode.H], gamepad: [Enum.KeyCode.ButtonR1] },
};
/** Every panel's key and button; a game's panels have theirs once the game's config called addPanelBinding. */
export const PANEL_BINDINGS = bindings as Readonly<Record<BoundPanel, InputBinding>>;

/** Gives a game's panel its key and button; call before the input controller starts (at module load). */
export function addPanelBinding(panel: keyof GameBoundPanels & string, binding: InputBinding) {
	bindings[panel] = binding;
}

/** Closes whichever panel is open. */
export const CLOSE_BINDING: InputBinding = {
	keyboard: [Enum.KeyCode.Escape],
	gamepad: [Enum.KeyCode.ButtonB],
};

/**
 * Above ContextActionPriority.Medium (2000), where BindAction puts actions, so a panel key is not taken by a
 * game's own action bound to the same key.
 */
export const PANEL_ACTION_PRIORITY = 2500;
