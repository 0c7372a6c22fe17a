import { DataStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";

/**
 * Store and key names. One OrderedDataStore per board and season ("LB_points_2026-W48", "LB_time_all"), keyed by
 * user id; the regular DataStores beside them (baselines, and the modules' own) are keyed "<board>_<season>_<userId>".
 */
export function scoreStore(board: string, season: string): OrderedDataStore {
	return DataStoreService.GetOrderedDataStore(`${LEADERBOARD_CONFIG.ORDERED_STORE_PREFIX}_${board}_${season}`);
}

export function entryKey(board: string, season: string, userId: number): string {
	return `${board}_${season}_${userId}`;
}

/** The entries of a GetSortedAsync page, skipping any key that is not a user id or value that is not a number. */
export function storedEntries(
	items: readonly { key: string; value: unknown }[],
): { userId: number; encoded: number }[] {
	const entries: { userId: number; encoded: number }[] = [];
	for (const item of items) {
		const userId = tonumber(item.key);
		if (userId !== undefined && typeIs(item.value, "number")) entries.push({ userId, encoded: item.value });
	}
	return entries;
}
