import type { AppActions } from "client/ui/app";
import type { PrivatePlayerView } from "shared/data/player-views";
import { SettingChange } from "shared/data/settings";

/**
 * What a behaviour may use: what a player has, the character (walker.ts) and the UI's buttons (the actions the UI
 * controller gives its buttons), never a remote of its own and never the server.
 */
export interface BotContext {
	readonly random: Random;
	/** Whether a remote of this name exists in any of Flamework's networking folders (the framework's or a game's). */
	readonly hasRemote: (name: string) => boolean;
	/** What the UI's buttons call (client/ui/ui-controller). */
	readonly ui: AppActions;
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

const VOLUMES = ["musicVolume", "effectsVolume"] as const;

/** Changes one saved setting as the settings panel's controls do (optimistic, then settings.change). */
function changeSettings(context: BotContext): boolean {
	const random = context.random;
	let change: SettingChange;
	if (random.NextInteger(1, 3) === 3) {
		const current = context.ownData()?.settings.showRoundTimer ?? true;
		change = { name: "showRoundTimer", value: !current };
	} else {
		// Twentieths: exact in JSON, so the data-loss oracle compares them exactly.
		change = { name: VOLUMES[random.NextInteger(0, 1)], value: random.NextInteger(0, 20) / 20 };
	}
	context.ui.changeSetting(change);
	return true;
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
