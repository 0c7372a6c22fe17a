import { applyPatch } from "./diff";
import { isNone } from "./none";
import { SyncPayload } from "./payload";

type Setter = (value: unknown) => void;
type Target = { get: () => unknown; set: Setter };

/**
 * The client half of state sync, with @rbxts/charm-sync's client API (addSignals, removeSignals, patch).
 *
 * Snapshots replace each key's value; patches are applied in sequence. A patch whose sequence number is not the next
 * one means a payload was missed: the client drops it, asks for a snapshot, and ignores patches until one arrives.
 */
export class SyncClient {
	private readonly targets = new Map<string, Target>();
	private lastSeq = 0;
	private ready = false;
	private awaitingSnapshot = false;
	private readonly counters = { snapshots: 0, patches: 0, gaps: 0, ignored: 0 };

	constructor(private readonly requestSnapshot: () => void) {}

	/** Binds keys to atoms (Charm atoms are getter/setter functions). */
	addSignals(atoms: Readonly<Record<string, (value?: unknown) => unknown>>) {
		for (const [key, atom] of pairs(atoms)) {
			this.targets.set(key, { get: () => atom(), set: (value) => atom(value) });
		}
	}

	removeSignals(...keys: string[]) {
		for (const key of keys) this.targets.delete(key);
	}

	/** Asks for the first snapshot (the design's GetPlayerData/GetGameData). */
	start() {
		this.awaitingSnapshot = true;
		this.requestSnapshot();
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
			if (!this.awaitingSnapshot) {
				this.awaitingSnapshot = true;
				this.requestSnapshot();
			}
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
		return { ...this.counters, lastSeq: this.lastSeq, ready: this.ready };
	}
}
