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

export interface EngineBridge {
	readonly createPeer: (options?: { kind?: "server" | "client"; place?: string; name?: string }) => EnginePeer;
}

export function getEngine(): EngineBridge {
	const engine = (_G as unknown as { __altairEngine?: EngineBridge }).__altairEngine;
	if (engine === undefined) {
		throw "The headless engine bridge is missing: specs that use it run only under `npm test`";
	}
	return engine;
}
