import { addGamePasses } from "./products";

/** The demo game's tunables. Delete with the demo (docs/forking.md). */
export const ROUND_CONFIG = {
	intermissionSeconds: 15,
	roundSeconds: 120,
	resultsSeconds: 6,
	/** Collectibles kept on the map during a round. */
	activeCollectibles: 12,
	/** How far (studs) a player may be from a collectible to pick it up. */
	collectRadius: 8,
} as const;

export const COLLECTIBLE_KINDS = [
	{ kind: "coin", coins: 5, points: 1, weight: 8 },
	{ kind: "gem", coins: 20, points: 5, weight: 2 },
] as const;

export const MOVEMENT_CONFIG = {
	/** Studs per second a player may move (Humanoid's default WalkSpeed is 16), with slack for latency. */
	maxSpeed: 24,
	/** Seconds of travel at maxSpeed a player may save up by moving slower (or standing still). */
	burstSeconds: 0.5,
	/** Distance a move may overshoot its allowance by, for network jitter; it is paid back by the moves after. */
	toleranceStuds: 4,
} as const;

export const COURSE_CONFIG = {
	/** How near (studs) a checkpoint a player must be to trigger it. */
	checkpointRadius: 10,
	/** A run older than this is abandoned. */
	maximumMilliseconds: 10 * 60 * 1000,
} as const;

export interface CosmeticItem {
	readonly id: string;
	readonly name: string;
	readonly price: number;
}

export const SHOP_CATALOG: ReadonlyArray<CosmeticItem> = [
	{ id: "cap", name: "Cap", price: 100 },
	{ id: "crown", name: "Crown", price: 750 },
	{ id: "cape", name: "Cape", price: 1500 },
	{ id: "halo", name: "Halo", price: 5000 },
];

/** Where things are on the map (the parts in assets/map have the same positions; tests use these). */
export const MAP_LAYOUT = {
	spawn: new Vector3(0, 3, 0),
	collectibleArea: { center: new Vector3(0, 3, -60), halfSize: new Vector3(40, 0, 30) },
	courseStart: new Vector3(60, 3, 0),
	courseFinish: new Vector3(60, 3, 140),
} as const;

/** The demo's game passes (placeholder ids: a fork puts its own in its config). */
export const DEMO_GAME_PASSES = {
	/** Every collectible pays twice its coins. */
	doubleCoins: 3001,
} as const satisfies Record<string, number>;

/** The demo's badges. */
export const DEMO_BADGES = {
	/** The first round a player wins. */
	firstRoundWon: 4001,
} as const satisfies Record<string, number>;

addGamePasses(DEMO_GAME_PASSES);
