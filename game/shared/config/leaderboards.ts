import { PlayerStats } from "shared/data/player-data";

/**
 * The leaderboards, declared once. A board's scores live in one OrderedDataStore per season (integers only, see
 * shared/leaderboards/ranking.ts for the encoding); metadata lives beside them in a regular DataStore.
 */
/** The ranking type decides the order: Time is lowest-best, the rest highest-best (shared/leaderboards/ranking.ts). */
export type RankingType = "Points" | "Wins" | "Time" | "Score" | "Rating";
export type SeasonLength = "weekly" | "monthly" | "all-time";

export interface BoardConfig {
	/** Short id, used in store and key names (letters only). */
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly ranking: RankingType;
	readonly season: SeasonLength;
	/** Rows shown on the in-world board and the HUD panel. */
	readonly displaySize: number;
	/** The player stat the board follows. */
	readonly source: keyof PlayerStats;
}

export const BOARDS: readonly BoardConfig[] = [
	{
		name: "points",
		title: "Points",
		description: "Points earned this week",
		ranking: "Points",
		season: "weekly",
		displaySize: 10,
		source: "points",
	},
	{
		name: "wins",
		title: "Wins",
		description: "Rounds won this month",
		ranking: "Wins",
		season: "monthly",
		displaySize: 10,
		source: "wins",
	},
	{
		name: "score",
		title: "Best round",
		description: "Best single-round score this week",
		ranking: "Score",
		season: "weekly",
		displaySize: 10,
		source: "bestRoundScore",
	},
	{
		name: "time",
		title: "Fastest course",
		description: "Fastest course time ever",
		ranking: "Time",
		season: "all-time",
		displaySize: 10,
		source: "bestCourseMs",
	},
	{
		name: "rating",
		title: "Rating",
		description: "Elo rating from round placements",
		ranking: "Rating",
		season: "all-time",
		displaySize: 10,
		source: "rating",
	},
];

export const LEADERBOARD_CONFIG = {
	/** Entries a board can list (getLeaderboard pages beyond it return nothing). */
	MAX_LEADERBOARD_SIZE: 1000,
	/** Seconds between refreshes of a board's cached top, plus up to CACHE_JITTER seconds drawn per refresh. */
	CACHE_UPDATE_INTERVAL: 30,
	CACHE_JITTER: 10,
	/** Entries fetched per refresh (one GetSortedAsync page: at most 100). */
	FETCH_SIZE: 100,
	/**
	 * Seconds between publishes of the boards to every client. A server merges its own players' new values into its
	 * boards at once; publishing each merge re-rendered every client's boards several times a second in a busy round.
	 * Each player still sees their own value at once, through their own entry.
	 */
	BOARD_PUBLISH_INTERVAL: 5,
	/** Seconds between flushes of coalesced writes. */
	FLUSH_INTERVAL: 30,
	/** Seasons kept in each board's history. */
	MAX_HISTORICAL_ENTRIES: 100,
	/** Past seasons sent to clients for the season switcher. */
	HISTORY_SHOWN: 3,
	/** Rows kept in a season's snapshot. */
	SNAPSHOT_SIZE: 100,
	/** Seconds after a season ends before its snapshot is taken (every server's last flush lands first). */
	SNAPSHOT_DELAY: 45,
	/** Seconds a reset waits for this server's writes of the season to land before its snapshot (else "deferred"). */
	RESET_FLUSH_SECONDS: 15,
	/** Seconds a snapshot lease lasts; a server that dies holding it is replaced after this. */
	LEASE_SECONDS: 60,
	/** The share of each per-server budget of the request types shared with the player data (GetAsync, SetIncrementAsync) the leaderboards may spend: never more than half. */
	BUDGET_SHARE: 0.5,
	/** A write to the same key waits this long after the previous one (Roblox throttles faster writes). */
	KEY_WRITE_INTERVAL: 6,
	/** Retry delay after a failed request, doubled per attempt up to RETRY_MAX_DELAY. */
	RETRY_BASE_DELAY: 5,
	RETRY_MAX_DELAY: 60,
	/** Elo K factor: the most a two-player match moves a rating. */
	ELO_K: 32,
	/** Seconds of shutdown the final flush may use (BindToClose allows 30 in all). */
	SHUTDOWN_FLUSH_SECONDS: 15,
	ORDERED_STORE_PREFIX: "LB",
	METADATA_STORE: "LeaderboardMeta",
	BASELINE_STORE: "LeaderboardBase",
	HISTORY_STORE: "LeaderboardHistory",
	LEASE_MAP: "LeaderboardLeases",
} as const;

export function findBoard(name: string): BoardConfig | undefined {
	return BOARDS.find((board) => board.name === name);
}
