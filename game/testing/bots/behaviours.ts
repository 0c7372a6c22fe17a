import type { PrivatePlayerView } from "shared/data/player-views";
import { Screen, usePanel } from "./screen";

/**
 * What a behaviour may use: what a player has, the character (walker.ts) and the screen's buttons, never a remote of
 * its own and never the server.
 */
export interface BotContext {
	readonly random: Random;
	/** Whether a remote of this name exists in any of Flamework's networking folders (the framework's or a game's). */
	readonly hasRemote: (name: string) => boolean;
	/** The player's screen and mouse. */
	readonly screen: Screen;
	/** The client's mirror of its own data, undefined until the first snapshot. */
	readonly ownData: () => PrivatePlayerView | undefined;
}

/**
 * One thing a player does. `remotes` names the remotes the game's client code fires for it: a bot only uses behaviours
 * whose remotes exist, so a behaviour can be listed here before the game ships its remote. `run` returns false when it
 * did nothing.
 */
export interface Behaviour {
	readonly name: string;
	readonly weight: number;
	readonly remotes: readonly string[];
	readonly run: (context: BotContext) => boolean;
}

const VOLUMES = [
	{ row: "MusicVolumeRow", name: "MusicVolume", setting: "musicVolume" },
	{ row: "EffectsVolumeRow", name: "EffectsVolume", setting: "effectsVolume" },
] as const;

/** Opens the settings panel, flips the round timer or steps a volume with its - or + button, and closes the panel. */
function changeSettings(context: BotContext): boolean {
	const random = context.random;
	return usePanel(context.screen, "SettingsButton", "SettingsPanel", () => {
		if (random.NextInteger(1, 3) === 3) return context.screen.click("ShowRoundTimerRow", "ShowRoundTimer");
		const volume = VOLUMES[random.NextInteger(0, 1)];
		const current = context.ownData()?.settings[volume.setting] ?? 0.5;
		// Down at full volume and up at none, as a player who wants a change does; otherwise either way.
		const up = current <= 0 || (current < 1 && random.NextInteger(0, 1) === 1);
		return context.screen.click(volume.row, up ? `${volume.name}Up` : `${volume.name}Down`);
	});
}

/** Does nothing this turn: most of a real player's time sends nothing. */
function idle(): boolean {
	return true;
}

/**
 * The framework's behaviours. A game's are in a module beside this one named "<game>-behaviours" that exports its own
 * BEHAVIOURS list: the bot plays every such module it finds, so deleting the module takes them out.
 */
export const BEHAVIOURS: readonly Behaviour[] = [
	{ name: "changeSettings", weight: 3, remotes: ["change"], run: changeSettings },
	{ name: "idle", weight: 4, remotes: [], run: idle },
];
