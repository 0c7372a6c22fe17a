/**
 * Types for the headless engine's bridge (`_G.__altairEngine`), which the test runner provides to specs that check the
 * engine itself. It exists only under `npm test`; production code never imports game/testing.
 */
export interface EnginePeer {
	readonly game: DataModel;
	readonly start: () => void;
	readonly require: (module: ModuleScript) => unknown;
	readonly advance: (seconds: number) => void;
	readonly step: () => void;
	readonly runUntil: (predicate: () => boolean, timeout?: number) => boolean;
	readonly now: () => number;
	readonly errors: () => string[];
	readonly output: () => { kind: "output" | "warning" | "error"; message: string }[];
	readonly addPlayer: (userId: number, name: string) => Player;
	/** Runs Luau source as a ModuleScript in a thread of the peer, advancing its clock until it returns (60 s at most). */
	readonly run: (source: string) => unknown;
}

export interface SuiteSummary {
	readonly ok: boolean;
	readonly passed: number;
	readonly failed: number;
	readonly skipped: number;
	readonly output: string;
}

/** One client's view of one board, as the playtest's boards check records it (.lune/playtest/boards.luau). */
export interface BoardsCheckRecord {
	readonly at: number;
	readonly userId: number;
	readonly storeName: string;
	readonly server: string;
	readonly loading?: boolean;
	readonly rows: readonly { readonly key: string; readonly value: number; readonly live: boolean }[];
}

/** The playtest's boards check without a world: the specs fill its store log, failures and occupancy by hand. */
export interface BoardsCheckRules {
	logChange(storeName: string, at: number, key: string, value: number | undefined): void;
	logFailure(at: number, server: string, storeName: string): void;
	logPlayers(server: string, at: number, players: number): void;
	judge(record: BoardsCheckRecord): void;
	refreshBound(server: string, at: number): number;
	summary(): { checks: number; mismatches: number; details: string[] };
	firstSeen: Record<number, number>;
}

export interface EngineBridge {
	readonly boardsCheck: (
		boards: Record<string, { displaySize: number; monotonic: boolean }>,
		settings: object,
	) => BoardsCheckRules;
	/** A multiplayer world of the test place; use createWorld from ./world for the types. */
	readonly createWorld: (options?: object) => import("./world").World;
	/** The built test place that `npm test` is running (load it into a peer to run the game's own scripts). */
	readonly testPlace: string;
	/**
	 * A left click on a button: MouseButton1Down, MouseButton1Up, MouseButton1Click, then Activated. False (and nothing
	 * fired) when the button is not Interactable or not in a DataModel.
	 */
	readonly click: (button: GuiButton) => boolean;
	/** Adds a player to the DataModel the specs run in (a server peer), with its PlayerGui and Backpack. */
	readonly addPlayerToHost: (userId: number, name: string) => Player;
	/** Runs a whole Jest suite from the test place in a fresh DataModel, in this process, with its output captured. */
	readonly runSuite: (options: { testMatch?: string[]; pattern?: string }) => SuiteSummary;
	readonly createPeer: (options?: { kind?: "server" | "client"; place?: string; name?: string }) => EnginePeer;
}

export function getEngine(): EngineBridge {
	const engine = (_G as unknown as { __altairEngine?: EngineBridge }).__altairEngine;
	if (engine === undefined) {
		throw "The headless engine bridge is missing: specs that use it run only under `npm test`";
	}
	return engine;
}
