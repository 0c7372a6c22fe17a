/** Who sees the diagnostics panel and may force a synchronization. A fork puts its own ids and group here. */
export const ADMIN_CONFIG = {
	userIds: [] as number[],
	/** Members of this group at or above this rank are admins (0 = no group). */
	groupId: 0,
	minimumRank: 250,
} as const;

/** Health thresholds, per system: over `degraded` is degraded, over `failing` is failing. */
export const HEALTH_THRESHOLDS = {
	/** Sync bytes per loaded player per second. */
	syncBytesPerPlayerPerSecond: { degraded: 1000, failing: 5000 },
	/** Share of migration runs that failed or were refused. */
	migrationFailureShare: { degraded: 0, failing: 0.05 },
	/** Share of a DataStore request budget already spent (1 - left / one minute's worth). */
	dataStoreBudgetUsed: { degraded: 0.5, failing: 0.9 },
	/** Leaderboard writes waiting to be flushed. */
	leaderboardPendingWrites: { degraded: 200, failing: 2000 },
	/** Seconds the oldest leaderboard cache is overdue (past the refresh interval the server can afford). */
	leaderboardCacheAge: { degraded: 90, failing: 600 },
	/** Players in the server whose data is not loaded. */
	playersWaiting: { degraded: 0, failing: 5 },
} as const;
