/**
 * The multiplayer world for specs: servers and clients of the built test place on one virtual clock, sharing one
 * DataStore and one network, with faults to inject and counters to read. Backed by .lune/world/ through the engine
 * bridge; only available under `npm test`, never in the production place.
 */
import type { BotOptions, BotStats } from "./bots";
import { getEngine } from "./engine";

export interface WorldOptions {
	/** Seed for every random choice (job ids, jitter, probabilistic faults). */
	readonly seed?: number;
	/** One-way latency in seconds (default 0.05) and its jitter (default 0.01). */
	readonly latency?: number;
	readonly jitter?: number;
	/** Unix milliseconds at virtual time 0. */
	readonly epochMillis?: number;
	/** Echo every peer's output to the console (debugging). */
	readonly echo?: boolean;
	/**
	 * Run as Studio runs a place file without API access: RunService:IsStudio() is true and every DataStore,
	 * OrderedDataStore and MemoryStore request fails with Studio's 403.
	 */
	readonly studio?: boolean;
}

export type FaultKind =
	| "datastore-outage"
	| "datastore-latency"
	| "datastore-throttle"
	| "datastore-lost-ack"
	| "network-latency"
	| "network-loss"
	| "remote-drop"
	| "messaging-outage"
	| "messaging-loss"
	| "memorystore-outage"
	| "badge-outage"
	| "marketplace-outage"
	| "localization-outage";

export interface FaultSpec {
	readonly kind: FaultKind;
	readonly server?: WorldServer;
	readonly userId?: number;
	readonly store?: string;
	/** Virtual-time window, seconds. */
	readonly from?: number;
	readonly to?: number;
	/** Chance the fault applies to each call, 0..1 (always when absent). */
	readonly probability?: number;
	/** Added latency for the latency kinds. */
	readonly seconds?: number;
	/** remote-drop: the remote's name (the last part of its full name, e.g. "payload"). */
	readonly remote?: string;
	/** How many times the fault may apply (always when absent). */
	readonly count?: number;
}

export interface ShutdownReport {
	readonly server: string;
	readonly startedAt: number;
	readonly finishedAt?: number;
	readonly callbacks: number;
	readonly completed: number;
	readonly timedOut: boolean;
}

export interface WorldServer {
	readonly name: string;
	readonly jobId: string;
	readonly game: DataModel;
	/** Runs Luau source as a ModuleScript in a new server thread, advancing the world until it returns. */
	readonly run: (source: string) => unknown;
	/** Graceful shutdown (BindToClose, 30 s at most); advances the world until the server has closed. */
	readonly shutdown: () => ShutdownReport;
	/** Kills the server at once: no BindToClose, no saves. */
	readonly crash: () => void;
	readonly alive: () => boolean;
	readonly errors: () => string[];
	readonly playerCount: () => number;
}

export interface WorldClient {
	readonly userId: number;
	/** The client's DataModel (undefined until the player has joined). */
	readonly game: () => DataModel | undefined;
	/** True once the client has received its snapshot and started its scripts, until it leaves. */
	readonly connected: () => boolean;
	readonly run: (source: string) => unknown;
	/** Starts a playtest bot in this client, with the engine's left click as its mouse; returns what it fills in. */
	readonly startBot: (options: Omit<BotOptions, "click" | "stats">) => BotStats;
	readonly leave: () => void;
	/** Vanishes without a word: the server notices after a timeout. */
	readonly disconnect: () => void;
	/** Leaves and joins another server after a teleport delay. */
	readonly hop: (target: WorldServer) => void;
	readonly kickMessage: () => string | undefined;
	readonly server: () => WorldServer;
	/** The Text of the first TextLabel/TextButton/TextBox with this name under the player's PlayerGui. */
	readonly findText: (name: string) => string | undefined;
	readonly errors: () => string[];
}

export interface ClientTraffic {
	readonly toClient: number;
	readonly toServer: number;
	/** Bytes per "<direction>:<remote full name>" (replication counted as "replication"). */
	readonly byName: Record<string, number>;
}

export interface NetworkCounters {
	/** Keyed by user id as a string. */
	readonly clients: Record<string, ClientTraffic>;
	readonly dropped: { oversize: number; loss: number; disconnected: number };
	readonly delivered: number;
}

export interface World {
	readonly startServer: () => WorldServer;
	readonly join: (
		userId: number,
		server: WorldServer,
		/** `locale` is the player's Player.LocaleId ("en-us" unless given). */
		info?: { name?: string; displayName?: string; locale?: string },
	) => WorldClient;
	readonly advance: (seconds: number) => void;
	readonly runUntil: (predicate: () => boolean, timeout?: number) => boolean;
	readonly now: () => number;
	readonly addFault: (fault: FaultSpec) => number;
	readonly removeFault: (id: number) => void;
	readonly scriptErrors: () => string[];
	readonly network: () => NetworkCounters;
	readonly counters: () => { joins: number; leaves: number; kicks: number; crashes: number; shutdowns: number };
	readonly output: () => { peer: string; kind: "output" | "warning" | "error"; message: string }[];
	/** The raw value stored under a key (a deep copy), as the DataStore holds it. */
	readonly readStore: (storeName: string, key: string, scope?: string) => unknown;
	/** Puts a raw value under a key, as if an older server had written it. */
	readonly writeStore: (storeName: string, key: string, value: unknown, scope?: string) => void;
	/** DataStore request counters (by request type, budget throttles, same-key write waits, errors). */
	readonly datastore: () => {
		requests: Record<string, number>;
		throttled: number;
		sameKeyWaits: number;
		errors: number;
	} & Record<string, unknown>;
	/** A player buys a developer product on a server: ProcessReceipt runs there and is retried as Roblox does. */
	readonly purchase: (
		server: WorldServer,
		purchase: { userId: number; productId: number; purchaseId?: string },
	) => string;
	readonly receipts: () => ReceiptSummary[];
	/** Starts recording every server-to-client remote call; the returned function reads what was recorded. */
	readonly captureTraffic: () => () => { userId: number; remote: string; args: unknown[] }[];
	/** Like captureTraffic, but every FireClient a server made, including those to a player whose client is gone. */
	readonly captureFired: () => () => { userId: number; remote: string; args: unknown[] }[];
}

export interface ReceiptSummary {
	readonly purchaseId: string;
	readonly userId: number;
	readonly productId: number;
	readonly attempts: number;
	readonly granted: boolean;
}

export function createWorld(options?: WorldOptions): World {
	return getEngine().createWorld(options);
}
