import { diff } from "./diff";
import { NONE } from "./none";
import { SyncPayload } from "./payload";

type Getter = () => unknown;

interface SignalEntry {
	readonly getter: Getter;
	last: unknown;
	hasLast: boolean;
	subscribers: number;
}

interface ClientEntry {
	readonly keys: Set<string>;
	/** Keys added since the client went live: their whole value goes in the next patch. */
	readonly fresh: Set<string>;
	readonly removed: Set<string>;
	seq: number;
	state: "waiting" | "snapshot" | "live";
}

export interface SyncServerStats {
	flushes: number;
	snapshots: number;
	patches: number;
	clients: number;
	keys: number;
}

/**
 * The server half of state sync, with @rbxts/charm-sync's server API (addSignalsToClient, removeSignalsFromClient,
 * removeClient, connect, flush) so that package can replace this module when it can be installed.
 *
 * Each key is read and diffed once per flush, whatever the number of clients that see it; each client receives only
 * its own keys. A client gets nothing until it asks for its first snapshot (`requestSnapshot`), and gets a fresh
 * snapshot whenever it asks again (after a gap in sequence numbers). A flush where nothing changed sends nothing.
 */
export class SyncServer<Client> {
	private readonly signals = new Map<string, SignalEntry>();
	private readonly clients = new Map<Client, ClientEntry>();
	private readonly senders = new Set<(client: Client, payload: SyncPayload) => void>();
	private readonly counters = { flushes: 0, snapshots: 0, patches: 0 };

	/** Adds keys for a client. A key names one getter for every client that has it (e.g. `player:<UserId>`). */
	addSignalsToClient(client: Client, signals: Readonly<Record<string, Getter>>) {
		const entry = this.clientEntry(client);
		for (const [key, getter] of pairs(signals)) {
			const existing = this.signals.get(key);
			if (existing === undefined) {
				this.signals.set(key, { getter, last: undefined, hasLast: false, subscribers: 0 });
			} else if (existing.getter !== getter) {
				throw `sync: key "${key}" is already bound to another getter; use a key per distinct signal`;
			}
			if (!entry.keys.has(key)) {
				entry.keys.add(key);
				entry.removed.delete(key);
				this.signals.get(key)!.subscribers += 1;
				if (entry.state === "live") entry.fresh.add(key);
			}
		}
	}

	removeSignalsFromClient(client: Client, ...keys: string[]) {
		const entry = this.clients.get(client);
		if (entry === undefined) return;
		for (const key of keys) {
			if (!entry.keys.delete(key)) continue;
			entry.fresh.delete(key);
			if (entry.state === "live") entry.removed.add(key);
			this.release(key);
		}
	}

	removeClient(client: Client) {
		const entry = this.clients.get(client);
		if (entry === undefined) return;
		for (const key of entry.keys) this.release(key);
		this.clients.delete(client);
	}

	/** The client asks for everything it may see (its first state, or after a gap). */
	requestSnapshot(client: Client) {
		this.clientEntry(client).state = "snapshot";
	}

	connect(send: (client: Client, payload: SyncPayload) => void): () => void {
		this.senders.add(send);
		return () => this.senders.delete(send);
	}

	flush() {
		this.counters.flushes += 1;
		const changes = new Map<string, unknown>();
		for (const [key, signal] of this.signals) {
			const current = signal.getter();
			if (!signal.hasLast) {
				signal.last = current;
				signal.hasLast = true;
				changes.set(key, current === undefined ? NONE : current);
				continue;
			}
			const [changed, patch] = diff(signal.last, current);
			signal.last = current;
			if (changed) changes.set(key, patch);
		}
		for (const [client, entry] of this.clients) {
			if (entry.state === "waiting") continue;
			if (entry.state === "snapshot") {
				const updates: Record<string, unknown> = {};
				for (const key of entry.keys) updates[key] = this.signals.get(key)!.last;
				entry.state = "live";
				entry.fresh.clear();
				entry.removed.clear();
				this.send(client, entry, "snapshot", updates);
				continue;
			}
			const updates: Record<string, unknown> = {};
			let any = false;
			for (const key of entry.keys) {
				if (entry.fresh.has(key)) {
					const value = this.signals.get(key)!.last;
					updates[key] = value === undefined ? NONE : value;
					any = true;
				} else if (changes.has(key)) {
					updates[key] = changes.get(key);
					any = true;
				}
			}
			for (const key of entry.removed) {
				updates[key] = NONE;
				any = true;
			}
			entry.fresh.clear();
			entry.removed.clear();
			if (any) this.send(client, entry, "patch", updates);
		}
	}

	stats(): SyncServerStats {
		return { ...this.counters, clients: this.clients.size(), keys: this.signals.size() };
	}

	private send(client: Client, entry: ClientEntry, kind: SyncPayload["kind"], updates: Record<string, unknown>) {
		entry.seq += 1;
		if (kind === "snapshot") this.counters.snapshots += 1;
		else this.counters.patches += 1;
		const payload: SyncPayload = { kind, seq: entry.seq, updates };
		for (const send of this.senders) send(client, payload);
	}

	private clientEntry(client: Client): ClientEntry {
		let entry = this.clients.get(client);
		if (entry === undefined) {
			entry = { keys: new Set(), fresh: new Set(), removed: new Set(), seq: 0, state: "waiting" };
			this.clients.set(client, entry);
		}
		return entry;
	}

	private release(key: string) {
		const signal = this.signals.get(key);
		if (signal === undefined) return;
		signal.subscribers -= 1;
		if (signal.subscribers <= 0) this.signals.delete(key);
	}
}
