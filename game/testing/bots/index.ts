import { Flamework } from "@flamework/core";
import { ReplicatedStorage } from "@rbxts/services";
import type { SettingsController } from "client/data/settings-controller";
import type { PrivatePlayerView } from "shared/data/player-views";
import { Behaviour, BEHAVIOURS, BotContext } from "./behaviours";
import { clientEvents, clientModule } from "./client-modules";

/**
 * A playtest bot: client-side code that plays through the same controllers and remotes as a real client. The playtest
 * (`npm start`, .lune/playtest/bots.luau) starts one in each client peer, in a thread of its own, and reads `stats`.
 */
export interface BotOptions {
	/** Seeds the bot's choices: the same seed plays the same way. */
	readonly seed: number;
	/** Seconds between actions, uniform in [thinkMin, thinkMax]. */
	readonly thinkMin?: number;
	readonly thinkMax?: number;
	/** Overrides behaviour weights by name (0 turns one off). */
	readonly weights?: Readonly<Record<string, number>>;
	/** Filled in by the bot. */
	readonly stats: BotStats;
}

export interface BotStats {
	/** Behaviours this client can use (their remotes exist). */
	available?: string[];
	/** Seconds from the bot's start until its first snapshot arrived; undefined while it waits. */
	hydratedAfter?: number;
	/** Actions done, by behaviour name. */
	actions: Record<string, number>;
}

const REMOTES = "shared/network@GlobalEvents";
const HYDRATION_TIMEOUT = 90;

interface DataState {
	ownDataAtom: () => PrivatePlayerView | undefined;
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

/** Plays until the client closes (its thread is never resumed again). */
export function runBot(options: BotOptions) {
	const random = new Random(options.seed);
	const weights = options.weights ?? {};
	const dataState = require(clientModule("state", "data-state")) as DataState;
	const context: BotContext = {
		random,
		remotes: ReplicatedStorage.WaitForChild(REMOTES),
		events: clientEvents(),
		settings: Flamework.resolveDependency<SettingsController>("client/data/settings-controller@SettingsController"),
		ownData: () => dataState.ownDataAtom(),
	};
	const available = BEHAVIOURS.filter(
		(behaviour) =>
			(weights[behaviour.name] ?? behaviour.weight) > 0 &&
			behaviour.remotes.every((name) => context.remotes.FindFirstChild(name) !== undefined),
	);
	options.stats.available = available.map((behaviour) => behaviour.name);
	if (available.isEmpty()) return;

	// A real player waits for the game to show their data before doing much; a bot waits for the first snapshot.
	const startedAt = os.clock();
	while (context.ownData() === undefined && os.clock() - startedAt < HYDRATION_TIMEOUT) task.wait(0.25);
	if (context.ownData() !== undefined) options.stats.hydratedAfter = os.clock() - startedAt;

	const thinkMin = options.thinkMin ?? 4;
	const thinkMax = options.thinkMax ?? 20;
	while (true) {
		task.wait(random.NextNumber(thinkMin, thinkMax));
		const behaviour = pick(available, weights, random);
		if (behaviour.run(context)) {
			options.stats.actions[behaviour.name] = (options.stats.actions[behaviour.name] ?? 0) + 1;
		}
	}
}
