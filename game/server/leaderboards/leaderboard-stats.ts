import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { LeaderboardReads } from "./leaderboard-reads";
import { NameCache } from "./names";
import { RequestBudget } from "./request-budget";
import { SeasonBaselines } from "./season-baselines";
import { SeasonSnapshots } from "./season-snapshot";
import { SharedTops } from "./shared-tops";
import { StoreAccess } from "./store-access";
import { WriteQueue } from "./write-queue";

/** Everything the stats read: the service's parts. */
export interface StatsSources {
	readonly registry: BoardRegistry;
	readonly budget: RequestBudget;
	readonly queue: WriteQueue;
	readonly cache: BoardCache;
	readonly snapshots: SeasonSnapshots;
	readonly baselines: SeasonBaselines;
	readonly names: NameCache;
	readonly reads: LeaderboardReads;
	readonly access: StoreAccess;
	readonly sharedTops: SharedTops;
}

/**
 * Seconds between two refreshes of one board on this server: the configured interval (with its jitter), or longer
 * when the GetSortedAsync share cannot refresh every board that often (few players: 5 + 2·n per minute).
 */
export function effectiveRefreshInterval(budget: RequestBudget, boardCount: number): number {
	const share = budget.usage().sorted.allowed;
	return math.max(
		LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER,
		(boardCount * 60) / share,
	);
}

/** getLeaderboardStats: per board season and cache, the queue, requests, errors and names. */
export function leaderboardStats(sources: StatsSources) {
	const { registry, budget, queue, cache, snapshots, baselines, names, reads, access, sharedTops } = sources;
	const boards: Record<string, { season: string; entries: number; cacheAge?: number; complete: boolean }> = {};
	for (const [name, season] of registry.seasons) {
		const cached = cache.get(name);
		boards[name] = {
			season: season.id,
			entries: cached?.entries.size() ?? 0,
			cacheAge: cache.age(name),
			complete: cached?.complete ?? true,
		};
	}
	return {
		/** "unavailable": Studio without API access, the boards are local only. */
		access: access.state,
		totalLeaderboards: registry.configs.size(),
		boards,
		pendingWrites: queue.pendingCount(),
		writes: { ...queue.counters },
		cache: { ...cache.counters },
		snapshots: { ...snapshots.counters },
		requests: budget.usage(),
		refreshInterval: effectiveRefreshInterval(budget, registry.configs.size()),
		errors:
			queue.counters.failed +
			cache.counters.failures +
			snapshots.counters.failures +
			baselines.failures +
			reads.metadataFailures,
		lastError: queue.lastError ?? cache.lastError ?? snapshots.lastError ?? baselines.lastError ?? reads.lastError,
		names: { cached: names.size(), lookups: names.lookups, failures: names.failures },
		// MemoryStore trouble only sends servers back to their own reads, so it is reported here, not as an error.
		shared: {
			refresher: sharedTops.lease.held(),
			...sharedTops.counters,
			lease: { ...sharedTops.lease.counters },
			lastError: sharedTops.lastError ?? sharedTops.lease.lastError,
		},
	};
}
