import { DataStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";

/**
 * Store and key names. One OrderedDataStore per board and season ("LB_points_2026-W48", "LB_time_all"), keyed by
 * user id; metadata and season baselines in regular DataStores keyed "<board>_<season>_<userId>"; history in one key
 * per board.
 */
export function scoreStoreName(board: string, season: string): string {
	return `${LEADERBOARD_CONFIG.ORDERED_STORE_PREFIX}_${board}_${season}`;
}

export function scoreStore(board: string, season: string): OrderedDataStore {
	return DataStoreService.GetOrderedDataStore(scoreStoreName(board, season));
}

export function entryKey(board: string, season: string, userId: number): string {
	return `${board}_${season}_${userId}`;
}

/** A score's metadata as the metadata store keeps it, under the score's entry key. */
export interface StoredMetadata {
	/** The encoded value the metadata was written with (see shared/leaderboards/ranking.ts). */
	readonly value: number;
	readonly metadata: Record<string, unknown>;
	/** Unix seconds of the write. */
	readonly at: number;
}

export function metadataStore(): DataStore {
	return DataStoreService.GetDataStore(LEADERBOARD_CONFIG.METADATA_STORE);
}

export function baselineStore(): DataStore {
	return DataStoreService.GetDataStore(LEADERBOARD_CONFIG.BASELINE_STORE);
}

export function historyStore(): DataStore {
	return DataStoreService.GetDataStore(LEADERBOARD_CONFIG.HISTORY_STORE);
}
