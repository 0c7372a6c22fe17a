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
	/**
	 * One server of the experience (the refresher, holding the lease item REFRESHER_LEASE_KEY of LEASE_MAP) reads the
	 * boards and shares the tops it fetched in one MemoryStore hash map item; every server reads that item every
	 * SHARED_TOPS_POLL seconds and adopts a board whose copy is younger than one refresh interval
	 * (CACHE_UPDATE_INTERVAL + CACHE_JITTER). Without a fresh copy a server reads the board itself.
	 */
	SHARED_TOPS_MAP: "LeaderboardTops",
	SHARED_TOPS_KEY: "tops",
	SHARED_TOPS_POLL: 5,
	/** Seconds a shared item lives: past one refresh interval nobody adopts it, so two intervals is plenty. */
	SHARED_TOPS_EXPIRATION: 80,
	REFRESHER_LEASE_KEY: "refresher",
	/** Seconds between the refresher's lease renewals (the lease lasts LEASE_SECONDS). */
	REFRESHER_RENEW: 20,
	/**
	 * The refresher's jitter in place of CACHE_JITTER: its next copy must reach every reader before their copy is one
	 * interval old. 30 + 2 s between fetches, plus a 1 s tick, plus up to SHARED_TOPS_POLL + 1 s until the next read of
	 * the item, plus the requests' latency stays under 40 s.
	 */
	REFRESHER_JITTER: 2,
	/**
	 * The refresher's per-server OrderedList limit a minute, base + perPlayer · n (DataStoreService:
	 * SetRateLimitForRequestType): five boards every 31 s are 9.7 reads a minute, more than a one-player server's
	 * default 5 + 2. The experience as a whole then reads far less than with every server reading (docs/performance.md).
	 */
	REFRESHER_ORDERED_LIST: { base: 15, perPlayer: 2 },
	/** The documented default it goes back to when the server stops refreshing. */
	ORDERED_LIST_DEFAULT: { base: 5, perPlayer: 2 },
} as const;

export function findBoard(name: string): BoardConfig | undefined {
	return BOARDS.find((board) => board.name === name);
}
