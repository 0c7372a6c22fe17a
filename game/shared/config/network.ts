/** Sync and remote tunables. */
export const SYNC_CONFIG = {
	/** Seconds between flushes (the design's REPLICATION_INTERVAL). */
	interval: 0.1,
} as const;

export interface RateLimit {
	/** Requests allowed per second, on average. */
	readonly perSecond: number;
	/** Requests allowed in a burst. */
	readonly burst: number;
}

/** Per player, per remote. A remote without an entry gets the default. */
export const RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
	default: { perSecond: 10, burst: 20 },
	"sync.requestSnapshot": { perSecond: 0.5, burst: 3 },
	"settings.change": { perSecond: 5, burst: 10 },
	"entities.propose": { perSecond: 4, burst: 8 },
	// demo:begin
	"demo.move": { perSecond: 20, burst: 30 },
	"demo.collect": { perSecond: 8, burst: 12 },
	"demo.courseCheckpoint": { perSecond: 2, burst: 4 },
	"shop.requestPurchase": { perSecond: 2, burst: 4 },
	"shop.equip": { perSecond: 2, burst: 4 },
	// demo:end
	// A client has a handful of regions, each reported once per failure.
	"ui.reportError": { perSecond: 0.1, burst: 8 },
	"admin.forceSync": { perSecond: 0.2, burst: 2 },
};
