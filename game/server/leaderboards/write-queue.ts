import { RequestKind } from "shared/config/datastore-limits";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { mergeStored } from "shared/leaderboards/ranking";
import { backoffDelay } from "shared/util/retry";
import { RequestBudget } from "./request-budget";
import { entryKey, scoreStore } from "./stores";

/**
 * Coalesced score writes. A write is the absolute (encoded) value a player should have on a board's season store;
 * a newer write for the same board, season and player replaces the pending one (best-of boards keep the better).
 * Nothing is lost on a failure: the write goes back to the queue (merged with anything newer) and is retried with
 * backoff. Writes leave the queue on `flush`: on an interval, for one player when they leave, and in `drain` at
 * shutdown.
 *
 * Best-of boards write through OrderedDataStore:UpdateAsync keeping the better of the stored and the new value, so a
 * stale server can never lower a stored best; the others SetAsync their absolute value (retrying is harmless).
 * Before a request the queue asks the budget (request-budget.ts); a refused request stays queued. A key this server
 * wrote less than KEY_WRITE_INTERVAL seconds ago waits before it is written again, rather than being throttled.
 * Modules store what rides with a score (its metadata) inside the same write, so it lands or is retried with it.
 */
export interface ScoreWrite {
	readonly board: string;
	readonly season: string;
	readonly userId: number;
	readonly encoded: number;
	readonly mode: "best" | "set";
	/** Stored by the metadata module, if there is one, beside the value it was reported with. */
	readonly metadata?: Record<string, unknown>;
}

/** A module's part in a write: the requests it adds, and what it stores once the score is written. */
export interface WriteCompanion {
	/** Requests a write needs beside its score's. */
	writeKinds?(write: ScoreWrite): RequestKind[];
	/** Runs inside a score's write, after the score; an error fails the write, which is retried whole. */
	onWritten?(write: ScoreWrite, storedBetter: boolean): void;
}

interface Pending extends ScoreWrite {
	readonly attempts: number;
	readonly notBefore: number;
	/**
	 * Refused by the budget or failed: retried once notBefore has passed (the next tick), not at the next interval
	 * flush, so a write that missed its flush lands within its retry delay rather than a whole interval later.
	 */
	readonly retry?: boolean;
}

function newRandom(): () => number {
	const random = new Random();
	return () => random.NextNumber();
}

const keyOf = (write: ScoreWrite) => entryKey(write.board, write.season, write.userId);

/**
 * Two writes of one key as one. Metadata describes the value it was reported with, so it goes with the value that
 * wins: a worse run's metadata never sits beside a better time.
 */
function combine<T extends ScoreWrite>(older: ScoreWrite, newer: T): T {
	const encoded = newer.mode === "best" ? math.max(older.encoded, newer.encoded) : newer.encoded;
	const metadata =
		newer.encoded === encoded && newer.metadata !== undefined
			? newer.metadata
			: older.encoded === encoded
				? older.metadata
				: undefined;
	return { ...newer, encoded, metadata };
}

export class WriteQueue {
	private readonly pending = new Map<string, Pending>();
	private readonly inFlight = new Map<string, ScoreWrite>();
	private readonly lastWrite = new Map<string, number>();
	readonly counters = { written: 0, coalesced: 0, deferred: 0, failed: 0, unchanged: 0 };
	lastError?: string;
	/** The stores are unreachable for good (store-access.ts): nothing is queued, so nothing waits or retries. */
	private closed = false;

	constructor(
		private readonly budget: RequestBudget,
		private readonly companions: readonly WriteCompanion[] = [],
		private readonly clock: () => number = () => os.clock(),
		private readonly random: () => number = newRandom(),
	) {}

	enqueue(write: ScoreWrite) {
		if (this.closed) return;
		const key = keyOf(write);
		const existing = this.pending.get(key);
		if (existing !== undefined) this.counters.coalesced += 1;
		const merged = existing !== undefined ? combine(existing, write) : write;
		this.pending.set(key, {
			...merged,
			attempts: existing?.attempts ?? 0,
			notBefore: existing?.notBefore ?? 0,
			retry: existing?.retry,
		});
	}

	/** Drops what is pending (it could never land) and takes no more writes. */
	close() {
		this.closed = true;
		this.pending.clear();
	}

	pendingCount(userId?: number): number {
		let count = 0;
		for (const [, write] of this.pending) if (userId === undefined || write.userId === userId) count += 1;
		return count + (userId === undefined ? this.inFlight.size() : 0);
	}

	/** Pending writes of a board and season, for merging into what the cache shows. */
	pendingFor(board: string, season: string): ScoreWrite[] {
		const list: ScoreWrite[] = [];
		for (const [, write] of this.pending) if (write.board === board && write.season === season) list.push(write);
		return list;
	}

	/** Writes of a board and season not yet in the store: pending, or being written now. */
	unwrittenFor(board: string, season: string): number {
		let count = this.pendingFor(board, season).size();
		for (const [, write] of this.inFlight) if (write.board === board && write.season === season) count += 1;
		return count;
	}

	/**
	 * Starts writing every due pending write (or one player's, or only the retries); each runs in its own thread.
	 * `ignoreShare` is for shutdown, when the engine's whole budget may be used. Returns how many writes were started.
	 */
	flush(options: { userId?: number; ignoreShare?: boolean; retries?: boolean } = {}): number {
		const now = this.clock();
		let started = 0;
		for (const [key, write] of this.pending) {
			if (options.userId !== undefined && write.userId !== options.userId) continue;
			if (options.retries === true && write.retry !== true) continue;
			if (this.inFlight.has(key) || (write.notBefore > now && options.ignoreShare !== true)) continue;
			this.pending.delete(key);
			this.inFlight.set(key, write);
			started += 1;
			task.spawn(() => this.write(key, write, options.ignoreShare === true));
		}
		return started;
	}

	/** Flushes until nothing is left or `seconds` have passed (BindToClose); returns what is still pending. */
	drain(seconds: number): number {
		const deadline = this.clock() + seconds;
		while (this.pendingCount() > 0 && this.clock() < deadline) {
			this.flush({ ignoreShare: true });
			task.wait(0.25);
		}
		return this.pendingCount();
	}

	/** Back to the queue, merged with a newer value of the key, which keeps this write's retry state. */
	private requeue(key: string, write: Pending) {
		const newer = this.pending.get(key);
		const merged =
			newer !== undefined
				? { ...combine(write, newer), attempts: write.attempts, notBefore: write.notBefore, retry: write.retry }
				: write;
		this.pending.set(key, merged);
	}

	private kindsFor(write: ScoreWrite): RequestKind[] {
		const kinds: RequestKind[] = write.mode === "best" ? ["orderedWrite", "read"] : ["orderedWrite"];
		for (const companion of this.companions)
			for (const kind of companion.writeKinds?.(write) ?? []) kinds.push(kind);
		return kinds;
	}

	private write(key: string, write: Pending, ignoreShare: boolean) {
		const last = this.lastWrite.get(key);
		if (last !== undefined) {
			const wait = last + LEADERBOARD_CONFIG.KEY_WRITE_INTERVAL - this.clock();
			if (wait > 0) task.wait(wait);
		}
		if (!this.budget.tryTake(this.kindsFor(write), ignoreShare)) {
			this.counters.deferred += 1;
			this.inFlight.delete(key);
			this.requeue(key, { ...write, retry: true, notBefore: this.clock() + 1 });
			return;
		}
		this.lastWrite.set(key, this.clock());
		const [ok, problem] = pcall(() => {
			const store = scoreStore(write.board, write.season);
			const userKey = tostring(write.userId);
			let storedBetter = false;
			if (write.mode === "best") {
				let unchanged = false;
				store.UpdateAsync(userKey, (old) => {
					const merged = mergeStored("best", old, write.encoded);
					unchanged = merged === undefined;
					storedBetter = old !== undefined && old > write.encoded;
					return merged;
				});
				if (unchanged) this.counters.unchanged += 1;
			} else {
				store.SetAsync(userKey, write.encoded);
			}
			for (const companion of this.companions) companion.onWritten?.(write, storedBetter);
		});
		this.inFlight.delete(key);
		if (ok) {
			this.counters.written += 1;
			return;
		}
		this.counters.failed += 1;
		this.lastError = tostring(problem);
		const attempts = write.attempts + 1;
		const delay = backoffDelay(attempts, {
			attempts: math.huge,
			baseDelaySeconds: LEADERBOARD_CONFIG.RETRY_BASE_DELAY,
			maxDelaySeconds: LEADERBOARD_CONFIG.RETRY_MAX_DELAY,
			random: this.random,
		});
		this.requeue(key, { ...write, attempts, retry: true, notBefore: this.clock() + delay });
	}
}
