import type { RemoteName } from "shared/network";

/** Sync and remote tunables. */
export const SYNC_CONFIG = {
	/** Seconds between sync flushes. */
	interval: 0.1,
} as const;

export interface RateLimit {
	/** Requests allowed per second, on average. */
	readonly perSecond: number;
	/** Requests allowed in a burst. */
	readonly burst: number;
}

/**
 * Per player, per remote. Every client-to-server remote is limited: one without an entry here gets the default, and
 * each remote has a bucket of its own (two remotes never share one).
 */
const limits: { default: RateLimit } & Partial<Record<RemoteName, RateLimit>> = {
	default: { perSecond: 10, burst: 20 },
	"sync.requestSnapshot": { perSecond: 0.5, burst: 3 },
	"settings.change": { perSecond: 5, burst: 10 },
	"entities.propose": { perSecond: 4, burst: 8 },
	// A client has a handful of regions, each reported once per failure.
	"ui.reportError": { perSecond: 0.1, burst: 8 },
	"admin.forceSync": { perSecond: 0.2, burst: 2 },
	"admin.forceMigration": { perSecond: 0.2, burst: 2 },
};
export const RATE_LIMITS: Readonly<typeof limits> = limits;

/**
 * Adds the limits of a game's own remotes (declared in its own networking); a remote keeps the first limit given
 * for it, so a game cannot loosen a framework remote's limit by naming it again.
 */
export function addRateLimits(extra: Readonly<Partial<Record<RemoteName, RateLimit>>>) {
	for (const [remote, limit] of pairs(extra)) if (limits[remote] === undefined) limits[remote] = limit;
}

/** How much the server keeps and writes about refused requests, whatever a client sends. */
export const REJECTION_LIMITS = {
	/** A player's refusal of one remote and kind is logged at most once per this many seconds. */
	logIntervalSeconds: 60,
	/** Bytes of detail (already cut to 64 each) one player's log lines may carry per minute. */
	detailBytesPerMinute: 1024,
	/** Players whose log times are kept (the server forgets a player who leaves). */
	maxPlayers: 200,
	/** Distinct remote and kind pairs counted, and logged per player. */
	maxKinds: 256,
	/** Refusal notices sent to one client: a second's worth, and a burst. Refusals beyond wait and are sent once. */
	noticesPerSecond: 10,
	noticeBurst: 10,
} as const;
