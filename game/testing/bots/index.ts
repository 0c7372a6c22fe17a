import { Players, ReplicatedStorage } from "@rbxts/services";
import type { PrivatePlayerView } from "shared/data/player-views";
import { toldToPlayer } from "shared/remotes/rejection";
import { Behaviour, BEHAVIOURS, BotContext } from "./behaviours";
import { clientEvents, clientModule } from "./client-modules";
import { localScreen } from "./screen";

/**
 * A playtest bot: client-side code that plays as a player does, steering its character and pressing the UI's buttons
 * while the client's own controllers do the rest. The playtest (`npm start`, .lune/playtest/bots.luau) starts one in
 * each client peer, in a thread of its own, and reads `stats`.
 */
export interface BotOptions {
	/** Seeds the bot's choices: the same seed plays the same way. */
	readonly seed: number;
	/** Seconds between actions, uniform in [thinkMin, thinkMax]. */
	readonly thinkMin?: number;
	readonly thinkMax?: number;
	/** Overrides behaviour weights by name (0 turns one off). */
	readonly weights?: Readonly<Record<string, number>>;
	/** Seconds since the player joined when the bot starts (the client connects a latency after the join). */
	readonly joinedAgo?: number;
	/** The player's left click on a button of their screen (the engine's, handed over by the harness). */
	readonly click: (button: GuiButton) => boolean;
	/** Filled in by the bot. */
	readonly stats: BotStats;
}

export interface BotStats {
	/** Behaviours this client can use (their remotes exist). */
	available?: string[];
	/** Seconds from the bot's start until its first snapshot arrived; undefined while it waits. */
	hydratedAfter?: number;
	/** Seconds from the join until the player could play: a living character, and their data shown. */
	firstControlAfter?: number;
	/** Actions done, by behaviour name. */
	actions: Record<string, number>;
	/** The error toasts the player saw (every refusal the player is told of), by "action: message". */
	errorToasts?: Record<string, number>;
	/** The same refusals by "action: kind" (the message can be translated; the kind cannot). */
	refusals?: Record<string, number>;
	/**
	 * Refusals because the server was closing, by action: the truth about a request that crossed the shutdown, not a
	 * fault of the game (the playtest checks each came from a server whose shutdown had begun).
	 */
	closingRefusals?: Record<string, number>;
	/** The reward toasts, by reason. */
	rewards?: Record<string, number>;
}

const HYDRATION_TIMEOUT = 90;

interface DataState {
	ownDataAtom: () => PrivatePlayerView | undefined;
}

/** A game's behaviours module (testing/bots/<game>-behaviours): its BEHAVIOURS list, checked when it is loaded. */
interface BehavioursModule {
	readonly BEHAVIOURS: readonly Behaviour[];
}

/** The framework's behaviours and those of every "<game>-behaviours" module beside this one. */
export function allBehaviours(): Behaviour[] {
	const list = [...BEHAVIOURS];
	for (const child of script.GetChildren()) {
		if (!child.IsA("ModuleScript") || child.Name.match("^[%w%-]+%-behaviours$")[0] === undefined) continue;
		const loaded = require(child) as Partial<BehavioursModule>;
		if (!typeIs(loaded.BEHAVIOURS, "table")) throw `${child.Name} has no BEHAVIOURS list`;
		for (const behaviour of loaded.BEHAVIOURS) list.push(behaviour);
	}
	return list;
}

/** Whether any of Flamework's networking folders ("module@export" in ReplicatedStorage) has a remote of this name. */
function hasRemote(name: string): boolean {
	for (const folder of ReplicatedStorage.GetChildren()) {
		const networking = folder.IsA("Folder") && folder.Name.match("^[%w_/%-]+@[%w_]+$")[0] !== undefined;
		if (networking && folder.FindFirstChild(name) !== undefined) return true;
	}
	return false;
}

function pick(list: readonly Behaviour[], weights: Readonly<Record<string, number>>, random: Random): Behaviour {
	let total = 0;
	for (const behaviour of list) total += weights[behaviour.name] ?? behaviour.weight;
	let roll = random.NextNumber() * total;
	for (const behaviour of list) {
		roll -= weights[behaviour.name] ?? behaviour.weight;
		if (roll < 0) return behaviour;
	}
	return list[list.size() - 1];
}

function count(into: Record<string, number>, key: string) {
	into[key] = (into[key] ?? 0) + 1;
}

/** Counts what the toasts show: the same two remotes the UI's toast list listens to. */
function watchToasts(stats: BotStats) {
	const errors: Record<string, number> = {};
	const refusals: Record<string, number> = {};
	const closing: Record<string, number> = {};
	const rewards: Record<string, number> = {};
	stats.errorToasts = errors;
	stats.refusals = refusals;
	stats.closingRefusals = closing;
	stats.rewards = rewards;
	const events = clientEvents();
	events.actions.rejected.connect((action, message, kind) => {
		count(refusals, `${action}: ${kind}`);
		if (kind === "server-closing") count(closing, action);
		else if (toldToPlayer(kind)) count(errors, `${action}: ${message}`);
	});
	events.actions.rewarded.connect((reason) => count(rewards, reason));
}

function hasControl(ownData: () => PrivatePlayerView | undefined): boolean {
	const humanoid = Players.LocalPlayer.Character?.FindFirstChildOfClass("Humanoid");
	return humanoid !== undefined && humanoid.Health > 0 && ownData() !== undefined;
}

/** Plays until the client closes (its thread is never resumed again). */
export function runBot(options: BotOptions) {
	const random = new Random(options.seed);
	const weights = options.weights ?? {};
	const dataState = require(clientModule("state", "data-state")) as DataState;
	watchToasts(options.stats);
	const context: BotContext = {
		random,
		hasRemote,
		screen: localScreen(options.click),
		ownData: () => dataState.ownDataAtom(),
	};
	// The server makes every networking folder before any player joins; the framework's stands for them all.
	ReplicatedStorage.WaitForChild("shared/network@GlobalEvents");
	const available = allBehaviours().filter(
		(behaviour) => (weights[behaviour.name] ?? behaviour.weight) > 0 && behaviour.remotes.every(hasRemote),
	);
	options.stats.available = available.map((behaviour) => behaviour.name);
	if (available.isEmpty()) return;

	// A real player waits for the game to show their data and their character before doing much.
	const startedAt = os.clock();
	while (os.clock() - startedAt < HYDRATION_TIMEOUT) {
		if (options.stats.hydratedAfter === undefined && context.ownData() !== undefined)
			options.stats.hydratedAfter = os.clock() - startedAt;
		if (hasControl(context.ownData)) {
			options.stats.firstControlAfter = (options.joinedAgo ?? 0) + os.clock() - startedAt;
			break;
		}
		task.wait(0.25);
	}

	const thinkMin = options.thinkMin ?? 4;
	const thinkMax = options.thinkMax ?? 20;
	while (true) {
		task.wait(random.NextNumber(thinkMin, thinkMax));
		// No character, or the loading screen back up (the server let the data go, as on a shutdown): a player can
		// press nothing then.
		if (!hasControl(context.ownData)) continue;
		const behaviour = pick(available, weights, random);
		if (behaviour.run(context)) count(options.stats.actions, behaviour.name);
	}
}
