import { DataStoreService, Players } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";

/**
 * The leaderboards' share of this server's DataStore budgets
 * (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits).
 *
 * Per request type the leaderboards may spend, in any 60 s window, at most BUDGET_SHARE of the documented rate for
 * the current player count. It also leaves the rest of the engine's budget to the game: a request is made only while
 * the engine reports (DataStoreService:GetRequestBudgetForRequestType) more than the other share of a minute's
 * budget, so the leaderboards never queue a request nor drain what the player data needs (ProfileStore's saves at
 * shutdown share the GetAsync and SetIncrementAsync budgets). A request that would break a rule is not made: the
 * caller defers it (writes stay coalesced in the queue). At shutdown (`ignoreShare`) only the first rule is lifted
 * for ordered writes, which nothing else uses.
 */
export type RequestKind = "orderedWrite" | "sorted" | "read" | "write";

/** Requests per minute: base + perPlayer · n (current documentation). */
const RATES: Record<RequestKind, { base: number; perPlayer: number; type: Enum.DataStoreRequestType }> = {
	orderedWrite: { base: 30, perPlayer: 5, type: Enum.DataStoreRequestType.SetIncrementSortedAsync },
	sorted: { base: 5, perPlayer: 2, type: Enum.DataStoreRequestType.GetSortedAsync },
	read: { base: 60, perPlayer: 40, type: Enum.DataStoreRequestType.GetAsync },
	write: { base: 60, perPlayer: 40, type: Enum.DataStoreRequestType.SetIncrementAsync },
};

export const REQUEST_KINDS: readonly RequestKind[] = ["orderedWrite", "sorted", "read", "write"];

export function ratePerMinute(kind: RequestKind, players: number): number {
	const rate = RATES[kind];
	return rate.base + rate.perPlayer * players;
}

/** Requests the share allows per minute (at least one, so a board of an empty server still refreshes slowly). */
export function shareOf(kind: RequestKind, players: number, share: number): number {
	return math.max(1, math.floor(ratePerMinute(kind, players) * share));
}

export interface BudgetUsage {
	readonly used: number;
	readonly allowed: number;
	readonly budget: number;
	readonly deferred: number;
}

export class RequestBudget {
	private readonly spent = new Map<RequestKind, number[]>();
	private readonly deferred = new Map<RequestKind, number>();

	constructor(
		private readonly clock: () => number = () => os.clock(),
		private readonly players: () => number = () => Players.GetPlayers().size(),
		private readonly engineBudget: (kind: RequestKind) => number = (kind) => {
			const [ok, budget] = pcall(() => DataStoreService.GetRequestBudgetForRequestType(RATES[kind].type));
			return ok ? budget : 0;
		},
	) {}

	private window(kind: RequestKind, now: number): number[] {
		const list = (this.spent.get(kind) ?? []).filter((at) => now - at < 60);
		this.spent.set(kind, list);
		return list;
	}

	/** Whether tryTake would succeed now (takes nothing). */
	canTake(kinds: readonly RequestKind[]): boolean {
		const now = this.clock();
		const n = this.players();
		return kinds.every(
			(kind) =>
				this.window(kind, now).size() < shareOf(kind, n, LEADERBOARD_CONFIG.BUDGET_SHARE) &&
				this.engineBudget(kind) >= 1 + this.reserve(kind, n, false),
		);
	}

	/** What the engine's budget must keep for the rest of the game. */
	private reserve(kind: RequestKind, players: number, ignoreShare: boolean): number {
		if (ignoreShare && kind === "orderedWrite") return 0;
		return math.floor(ratePerMinute(kind, players) * (1 - LEADERBOARD_CONFIG.BUDGET_SHARE));
	}

	/**
	 * Takes one request of each kind, all or none. `ignoreShare` (shutdown only) still refuses what the engine would
	 * queue.
	 */
	tryTake(kinds: readonly RequestKind[], ignoreShare = false): boolean {
		const now = this.clock();
		const n = this.players();
		for (const kind of kinds) {
			const fits =
				ignoreShare || this.window(kind, now).size() < shareOf(kind, n, LEADERBOARD_CONFIG.BUDGET_SHARE);
			if (!fits || this.engineBudget(kind) < 1 + this.reserve(kind, n, ignoreShare)) {
				this.deferred.set(kind, (this.deferred.get(kind) ?? 0) + 1);
				return false;
			}
		}
		for (const kind of kinds) this.window(kind, now).push(now);
		return true;
	}

	/** Requests made in the last minute against the documented budget, per kind. */
	usage(): Record<RequestKind, BudgetUsage> {
		const now = this.clock();
		const n = this.players();
		const result = {} as Record<RequestKind, BudgetUsage>;
		for (const kind of REQUEST_KINDS) {
			result[kind] = {
				used: this.window(kind, now).size(),
				allowed: shareOf(kind, n, LEADERBOARD_CONFIG.BUDGET_SHARE),
				budget: ratePerMinute(kind, n),
				deferred: this.deferred.get(kind) ?? 0,
			};
		}
		return result;
	}
}
