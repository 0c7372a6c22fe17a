/**
 * The shape of a player's saved data, declared once. Everything else derives from it: the guard that validates loaded
 * data, the defaults that fill missing fields, the state atoms, and what the sync sends to clients.
 *
 * To add a field: add it here and to DEFAULT_PLAYER_DATA. Existing profiles get the default on their next load
 * (reconcile). A migration is only needed when existing values must change (a rename, a split, a rescale).
 */
export interface PlayerStats {
	/** Points accumulated over all rounds (the Points board). */
	points: number;
	/** Rounds won (the Wins board). */
	wins: number;
	roundsPlayed: number;
	/** Best single-round score (the Score board). */
	bestRoundScore: number;
	/** Best course time in milliseconds; 0 until the course has been finished once (the Time board). */
	bestCourseMs: number;
	/** Elo rating from round placements (the Rating board). */
	rating: number;
}

export interface PlayerCosmetics {
	owned: string[];
	/** The equipped cosmetic's id, or "" for none. */
	equipped: string;
}

/** Settings the player keeps across sessions; changed only through a validated action. */
export interface PlayerSettings {
	/** 0..1 */
	musicVolume: number;
	/** 0..1 */
	effectsVolume: number;
	showRoundTimer: boolean;
}

export interface PlayerData {
	coins: number;
	stats: PlayerStats;
	cosmetics: PlayerCosmetics;
	settings: PlayerSettings;
	/** Purchase ids already granted, newest last, bounded: the exactly-once guard for developer products. */
	receipts: string[];
}

export const DEFAULT_PLAYER_DATA: PlayerData = {
	coins: 0,
	stats: { points: 0, wins: 0, roundsPlayed: 0, bestRoundScore: 0, bestCourseMs: 0, rating: 1000 },
	cosmetics: { owned: [], equipped: "" },
	settings: { musicVolume: 0.5, effectsVolume: 0.8, showRoundTimer: true },
	receipts: [],
};

/** How many granted purchase ids a profile remembers. Roblox retries a receipt for days, not forever. */
export const MAX_REMEMBERED_RECEIPTS = 100;
