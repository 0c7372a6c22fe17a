/** How much a RejectionBook keeps and lets through to the log. */
export interface RejectionBookLimits {
	readonly logIntervalSeconds: number;
	readonly detailBytesPerMinute: number;
	readonly maxPlayers: number;
	readonly maxKinds: number;
}

interface PlayerLog {
	/** When each `remote: kind` was last logged for this player. */
	readonly loggedAt: Map<string, number>;
	detailBytes: number;
	detailWindowStartedAt: number;
}

/** Whether to log a refusal, and the detail the line may carry (undefined: the line goes without one). */
export type LogDecision = { readonly log: false } | { readonly log: true; readonly detail?: string };

const DETAIL_WINDOW_SECONDS = 60;

/**
 * The server's account of refused requests, bounded whatever clients send: counts keyed by remote and kind (fixed
 * strings, never a client's bytes), and per player when each was last logged, so a flood of refusals writes one line
 * per remote and kind per interval. Every map has a hard cap, and a player's entries go when the player does. Pure
 * over the times it is given, so it is tested without a clock.
 */
export class RejectionBook {
	private readonly counts = new Map<string, number>();
	private readonly players = new Map<number, PlayerLog>();
	private total = 0;

	constructor(private readonly limits: RejectionBookLimits) {}

	record(userId: number, key: string, detail: string | undefined, now: number): LogDecision {
		this.total += 1;
		const count = this.counts.get(key);
		// Past the cap a refusal is still in the total, only not under a key of its own.
		if (count !== undefined || this.counts.size() < this.limits.maxKinds) this.counts.set(key, (count ?? 0) + 1);

		const log = this.logOf(userId, now);
		if (log === undefined) return { log: false };
		const last = log.loggedAt.get(key);
		if (last !== undefined && now - last < this.limits.logIntervalSeconds) return { log: false };
		if (last === undefined && log.loggedAt.size() >= this.limits.maxKinds) return { log: false };
		log.loggedAt.set(key, now);

		if (now - log.detailWindowStartedAt >= DETAIL_WINDOW_SECONDS) {
			log.detailWindowStartedAt = now;
			log.detailBytes = 0;
		}
		if (detail === undefined || log.detailBytes + detail.size() > this.limits.detailBytesPerMinute) {
			return { log: true };
		}
		log.detailBytes += detail.size();
		return { log: true, detail };
	}

	/** Drops what is kept about a player who left. */
	forget(userId: number) {
		this.players.delete(userId);
	}

	stats() {
		const byReason: Record<string, number> = {};
		for (const [key, count] of this.counts) byReason[key] = count;
		let entries = this.counts.size();
		for (const [, log] of this.players) entries += log.loggedAt.size();
		return { total: this.total, byReason, entries, players: this.players.size() };
	}

	private logOf(userId: number, now: number): PlayerLog | undefined {
		const existing = this.players.get(userId);
		if (existing !== undefined) return existing;
		// A full book logs nobody new rather than grow: the counts above still see every refusal.
		if (this.players.size() >= this.limits.maxPlayers) return undefined;
		const created: PlayerLog = { loggedAt: new Map(), detailBytes: 0, detailWindowStartedAt: now };
		this.players.set(userId, created);
		return created;
	}
}
