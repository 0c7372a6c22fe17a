import { applyPatch } from "./diff";
import { isNone } from "./none";
import { SyncPayload } from "./payload";

type Setter = (value: unknown) => void;
type Target = { get: () => unknown; set: Setter };

/** Seconds before an unanswered snapshot request is sent again; doubled after each retry up to the maximum. */
export const SNAPSHOT_RETRY = { first: 2, max: 16 } as const;

/**
 * The client half of state sync, with @rbxts/charm-sync's client API (addSignals, removeSignals, patch).
 *
 * Snapshots replace each key's value; patches are applied in sequence. A patch whose sequence number is not the next
 * one means a payload was missed: the client drops it, asks for a snapshot, and ignores patches until one arrives.
 * The request or its answer can be lost too, so `poll` asks again with backoff (SNAPSHOT_RETRY) until a snapshot
 * comes: a client that missed something always converges. Time is passed in, so the logic is tested without a clock.
 */
export class SyncClient {
	private readonly targets = new Map<string, Target>();
	private lastSeq = 0;
	private ready = false;
	private awaitingSnapshot = false;
	private retryDelay: number = SNAPSHOT_RETRY.first;
	private retryAt = 0;
	private readonly counters = { snapshots: 0, patches: 0, gaps: 0, ignored: 0, requests: 0 };

	constructor(
		private readonly requestSnapshot: () => void,
		private readonly clock: () => number = os.clock,
	) {}

	/** Binds keys to atoms (Charm atoms are getter/setter functions). */
	addSignals(atoms: Readonly<Record<string, (value?: unknown) => unknown>>) {
		for (const [key, atom] of pairs(atoms)) {
			this.targets.set(key, { get: () => atom(), set: (value) => atom(value) });
		}
	}

	removeSignals(...keys: string[]) {
		for (const key of keys) this.targets.delete(key);
	}

	/** Asks for a snapshot: the first state, or all of it again (e.g. for keys bound after the last snapshot). */
	start() {
		this.awaitSnapshot();
	}

	/** Call regularly (every frame): asks again for a snapshot that has not come in time. */
	poll() {
		if (!this.awaitingSnapshot || this.clock() < this.retryAt) return;
		this.retryDelay = math.min(this.retryDelay * 2, SNAPSHOT_RETRY.max);
		this.ask();
	}

	isReady() {
		return this.ready;
	}

	patch(payload: SyncPayload) {
		if (payload.kind === "snapshot") {
			this.counters.snapshots += 1;
			for (const [key, target] of this.targets) {
				const value = payload.updates[key];
				target.set(isNone(value) ? undefined : value);
			}
			this.lastSeq = payload.seq;
			this.ready = true;
			this.awaitingSnapshot = false;
			return;
		}
		if (!this.ready) {
			this.counters.ignored += 1;
			return;
		}
		if (payload.seq !== this.lastSeq + 1) {
			this.counters.gaps += 1;
			this.ready = false;
			if (!this.awaitingSnapshot) this.awaitSnapshot();
			return;
		}
		this.counters.patches += 1;
		this.lastSeq = payload.seq;
		for (const [key, patch] of pairs(payload.updates)) {
			const target = this.targets.get(key as string);
			if (target !== undefined) target.set(applyPatch(target.get(), patch));
		}
	}

	stats() {
		return { ...this.counters, lastSeq: this.lastSeq, ready: this.ready, awaitingSnapshot: this.awaitingSnapshot };
	}

	private awaitSnapshot() {
		this.awaitingSnapshot = true;
		this.retryDelay = SNAPSHOT_RETRY.first;
		this.ask();
	}

	private ask() {
		this.counters.requests += 1;
		this.retryAt = this.clock() + this.retryDelay;
		this.requestSnapshot();
	}
}
