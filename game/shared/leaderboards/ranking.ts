import { RankingType } from "shared/config/leaderboards";

/**
 * Ordering and store encoding per ranking type.
 *
 * OrderedDataStores hold integers and every board is read with GetSortedAsync(false, ...) (highest first), so the
 * stored ("encoded") value is always higher-is-better: Time (lowest best, integer milliseconds) is stored negated.
 * Points, Wins, Score and Rating are stored as they are (floored to integers).
 *
 * Tie rule: equal values share a rank (standard competition ranking: 1, 2, 2, 4); within a tie rows are listed by
 * user id, lowest first. The store's own order among equal values is not relied on: every fetched page is re-sorted.
 */
export interface RankedEntry {
	readonly userId: number;
	/** The stored (encoded) value. */
	readonly encoded: number;
	readonly rank: number;
}

/** How a board's writes combine with what is stored: best-of boards never lower a stored best. */
export function writeModeOf(ranking: RankingType): "best" | "set" {
	return ranking === "Score" || ranking === "Time" ? "best" : "set";
}

/** The integer to store for a value, or undefined when the value means "no result" (a Time of 0 or less). */
export function encodeValue(ranking: RankingType, value: number): number | undefined {
	if (value !== value || value === math.huge || value === -math.huge) return undefined;
	if (ranking === "Time") {
		const ms = math.floor(value + 0.5);
		return ms > 0 ? -ms : undefined;
	}
	return math.floor(value);
}

export function decodeValue(ranking: RankingType, encoded: number): number {
	return ranking === "Time" ? -encoded : encoded;
}

/**
 * What a write should leave in the store, given what is there (encoded): for best-of boards the better of the two,
 * or undefined when the stored value is already at least as good (nothing to write).
 */
export function mergeStored(mode: "best" | "set", stored: number | undefined, incoming: number): number | undefined {
	if (mode === "set") return stored === incoming ? undefined : incoming;
	if (stored !== undefined && stored >= incoming) return undefined;
	return incoming;
}

/** Compares two entries by the tie rule: higher encoded value first, then lower user id. */
export function entryBefore(a: { userId: number; encoded: number }, b: { userId: number; encoded: number }): boolean {
	if (a.encoded !== b.encoded) return a.encoded > b.encoded;
	return a.userId < b.userId;
}

/** Sorts entries and gives them competition ranks (ties share the rank of the first of them). */
export function rankEntries(entries: readonly { userId: number; encoded: number }[]): RankedEntry[] {
	const sorted = [...entries].sort(entryBefore);
	const ranked: RankedEntry[] = [];
	let previous: number | undefined;
	let rank = 0;
	sorted.forEach((entry, index) => {
		if (entry.encoded !== previous) {
			rank = index + 1;
			previous = entry.encoded;
		}
		ranked.push({ userId: entry.userId, encoded: entry.encoded, rank });
	});
	return ranked;
}

/** A value as shown on a board: Time as seconds with milliseconds, the rest as integers. */
export function formatValue(ranking: RankingType, value: number): string {
	if (ranking === "Time") {
		const minutes = math.floor(value / 60000);
		const seconds = (value % 60000) / 1000;
		return minutes > 0 ? string.format("%d:%06.3f", minutes, seconds) : string.format("%.3fs", seconds);
	}
	return tostring(math.floor(value));
}
