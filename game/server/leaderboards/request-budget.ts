import { DataStoreService, Players } from "@rbxts/services";
import { engineBudgetOf, ratePerMinute, REQUEST_KINDS, RequestKind } from "shared/config/datastore-limits";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";

/**
 * The leaderboards' share of this server's DataStore budgets (shared/config/datastore-limits.ts), asked of
 * DataStoreService:GetRequestBudgetForRequestType by the modern request types.
 *
 * The ordered request types (OrderedList for the sorted reads, OrderedWrite) serve the leaderboards alone: nothing
 * else in the game uses an OrderedDataStore, so the boards may spend the whole documented rate of those. A one-player
 * server's 5 + 2 sorted reads a minute are then enough to go round five boards every 43 s; half of it (as for the
 * shared types) left two of five boards unread after 40 s. The standard types (StandardRead, StandardWrite) are shared
 * with the player data: there the leaderboards spend at most BUDGET_SHARE of the rate in any 60 s window, and only
 * while the engine reports more than the other share of a minute's budget, so they never drain what ProfileStore's
 * saves need. A request that would break a rule is not made: the caller defers it (writes stay coalesced in the
 * queue). At shutdown (`ignoreShare`) the window rule is lifted; the engine budget still refuses what would queue.
 */
const SHARE: Record<RequestKind, number> = {
	orderedWrite: 1,
	sorted: 1,
	read: LEADERBOARD_CONFIG.BUDGET_SHARE,
	write: LEADERBOARD_CONFIG.BUDGET_SHARE,
};

/** Requests the share allows per minute (at least one, so a board of an empty server still refreshes slowly). */
export function shareOf(kind: RequestKind, players: number): number {
	return math.max(1, math.floor(ratePerMinute(kind, players) * SHARE[kind]));
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
		private readonly engineBudget: (kind: RequestKind) => number = (kind) =>
			engineBudgetOf(kind, (requestType) => {
				const [ok, budget] = pcall(() => DataStoreService.GetRequestBudgetForRequestType(requestType));
				return ok ? budget : 0;
			}),
	) {}

	private window(kind: RequestKind, now: number): number[] {
		const list = (this.spent.get(kind) ?? []).filter((at) => now - at < 60);
		this.spent.set(kind, list);
		return list;
	}

	/**
	 * The 60 s window rule, for the shared types only: on the boards' own types the engine's budget is the rule (a
	 * window would hold a fresh server's first burst of reads against the next whole minute).
	 */
	private withinShare(kind: RequestKind, now: number, players: number): boolean {
		return SHARE[kind] >= 1 || this.window(kind, now).size() < shareOf(kind, players);
	}

	/** What the engine's budget must keep for the rest of the game (nothing of the types only the boards use). */
	private reserve(kind: RequestKind, players: number, ignoreShare: boolean): number {
		if (ignoreShare && kind === "orderedWrite") return 0;
		return math.floor(ratePerMinute(kind, players) * (1 - SHARE[kind]));
	}

	/**
	 * Takes one request of each kind, all or none, leaving at least `keep` more of each in the engine's budget.
	 * `ignoreShare` (shutdown only) still refuses what the engine would queue.
	 */
	tryTake(kinds: readonly RequestKind[], ignoreShare = false, keep = 0): boolean {
		const now = this.clock();
		const n = this.players();
		for (const kind of kinds) {
			const fits = ignoreShare || this.withinShare(kind, now, n);
			if (!fits || this.engineBudget(kind) < 1 + keep + this.reserve(kind, n, ignoreShare)) {
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
				allowed: shareOf(kind, n),
				budget: ratePerMinute(kind, n),
				deferred: this.deferred.get(kind) ?? 0,
			};
		}
		return result;
	}
}
