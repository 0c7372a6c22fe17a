import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import type { LeaderboardService } from "./leaderboard-service";
import { LeaderboardModule } from "./module";
import { RequestBudget } from "./request-budget";

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

/** getLeaderboardStats: per board season and cache, the queue, requests, errors, names and each module's figures. */
export function leaderboardStats(sources: LeaderboardService, modules: readonly LeaderboardModule[]) {
	const { seasons, budget, queue, cache, baselines, names, access } = sources;
	const boards: Record<string, { season: string; entries: number; cacheAge?: number; complete: boolean }> = {};
	for (const [name, season] of seasons) {
		const cached = cache.get(name);
		boards[name] = {
			season: season.id,
			entries: cached?.entries.size() ?? 0,
			cacheAge: cache.age(name),
			complete: cached?.complete ?? true,
		};
	}
	let errors = queue.counters.failed + cache.counters.failures + baselines.failures;
	let lastError = queue.lastError ?? cache.lastError ?? baselines.lastError;
	const counters: Record<string, object> = {};
	for (const module of modules) {
		const figures = module.stats?.();
		if (figures === undefined) continue;
		errors += figures.errors;
		lastError = lastError ?? figures.lastError;
		if (figures.counters !== undefined) counters[module.name] = figures.counters;
	}
	return {
		/** "unavailable": Studio without API access, the boards are local only. */
		access: access.state,
		totalLeaderboards: seasons.size(),
		boards,
		pendingWrites: queue.pendingCount(),
		writes: { ...queue.counters },
		cache: { ...cache.counters },
		requests: budget.usage(),
		refreshInterval: effectiveRefreshInterval(budget, seasons.size()),
		errors,
		lastError,
		modules: counters,
		names: { cached: names.size(), lookups: names.lookups, failures: names.failures },
	};
}
