import { PlayerData } from "./player-data";

/**
 * What a player's own client sees of its data: everything but the server's bookkeeping (purchase ids stay on the
 * server).
 */
export type PrivatePlayerView = Omit<PlayerData, "receipts">;

/** What every client sees of every player. */
export interface PublicPlayerView {
	readonly stats: PlayerData["stats"];
	readonly equipped: string;
}

export function privateView(data: PlayerData): PrivatePlayerView {
	return { coins: data.coins, stats: data.stats, cosmetics: data.cosmetics, settings: data.settings };
}

export function publicView(data: PlayerData): PublicPlayerView {
	return { stats: data.stats, equipped: data.cosmetics.equipped };
}
