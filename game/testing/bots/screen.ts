import { Players } from "@rbxts/services";
import { findOnScreen } from "./screen-path";

/** How long a bot waits for the UI to show what a click asked for (React renders on the next frames). */
const SHOW_TIMEOUT = 2;

/**
 * A player's view of their own screen: what is drawn under their PlayerGui, and a mouse that clicks a button in it.
 * A bot finds a button by the instance names on the way to it, as the UI names them, and can press only what is
 * drawn and interactable: a closed panel has no buttons to press.
 */
export interface Screen {
	/** The instance named by `path` (each name found anywhere below the one before), if it is drawn now. */
	readonly find: (...path: string[]) => Instance | undefined;
	/** Clicks the button named by `path`; false when it is not drawn, not a button, or not interactable. */
	readonly click: (...path: string[]) => boolean;
	/** Waits until `path` is drawn (true) or a short time has passed (false). */
	readonly waitFor: (...path: string[]) => boolean;
}

/** The screen of the local player, pressed with `press` (the engine's left click, given to the bot by the harness). */
export function localScreen(press: (button: GuiButton) => boolean): Screen {
	const find = (...path: string[]) => findOnScreen(Players.LocalPlayer.FindFirstChildOfClass("PlayerGui"), path);
	return {
		find,
		click: (...path) => {
			const button = find(...path);
			return button !== undefined && button.IsA("GuiButton") && press(button);
		},
		waitFor: (...path) => {
			const startedAt = os.clock();
			while (find(...path) === undefined) {
				if (os.clock() - startedAt > SHOW_TIMEOUT) return false;
				task.wait();
			}
			return true;
		},
	};
}

/**
 * Opens a panel with its menu button (unless it is open already), runs `use` on it, then closes it with its Close
 * button, as a player does. False when the panel did not open or `use` did nothing.
 */
export function usePanel(screen: Screen, menuButton: string, panel: string, use: () => boolean): boolean {
	if (screen.find(panel) === undefined && !(screen.click(menuButton) && screen.waitFor(panel))) return false;
	const used = use();
	screen.click(panel, "Close");
	return used;
}
