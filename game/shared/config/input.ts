/**
 * Which keys and gamepad buttons open and close the panels: rebinding is editing this table (client/input binds it
 * with ContextActionService). Keys Roblox keeps for itself are avoided: "/" (chat), Tab (player list), F9 (console),
 * ButtonStart (Roblox's menu) and ButtonSelect (UI navigation). Escape also opens Roblox's own menu.
 */
/**
 * The framework's panels a key opens. A game's panel carries its own key and button in its UI registration
 * (client/ui/ui-registry's panel entry), so this table needs no line for it.
 */
export type BoundPanel = "leaderboards" | "settings" | "diagnostics";

export interface InputBinding {
	readonly keyboard: readonly Enum.KeyCode[];
	readonly gamepad: readonly Enum.KeyCode[];
}

/** A key and a button per panel: each opens its panel, or closes it when it is open. */
export const PANEL_BINDINGS: Readonly<Record<BoundPanel, InputBinding>> = {
	leaderboards: { keyboard: [Enum.KeyCode.L], gamepad: [Enum.KeyCode.ButtonY] },
	settings: { keyboard: [Enum.KeyCode.P], gamepad: [Enum.KeyCode.ButtonL1] },
	// Only for players who get the diagnostics panel (admins); for anyone else the key does nothing.
	diagnostics: { keyboard: [Enum.KeyCode.H], gamepad: [Enum.KeyCode.ButtonR1] },
};

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
