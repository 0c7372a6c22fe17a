import { rankEntries, RankedEntry } from "./ranking";

/**
 * Pages and ranks over a board's fetched top (shared by the server's API and the client's views).
 *
 * A board's cache holds its top `fetched` entries. When the store may hold more (the fetch was full), a player who is
 * not among them is ranked "N+" (N = entries fetched), unless a live value places them inside the fetched top.
 */

/** Rows `offset` .. `offset + limit - 1` (offset is 1-based, as ranks are). */
export function pageOf<T extends defined>(rows: readonly T[], limit: number, offset = 1): T[] {
	const page: T[] = [];
	const first = math.max(1, math.floor(offset));
	for (let position = first; position < first + math.max(0, math.floor(limit)); position++) {
		const row = rows[position - 1];
		if (row === undefined) break;
		page.push(row);
	}
	return page;
}

/** "7" for a known rank, "100+" for a player outside a fetched top of 100, "-" for no value at all. */
export function rankLabel(rank: number | undefined, fetched: number, hasValue = true): string {
	if (!hasValue) return "-";
	return rank !== undefined ? tostring(rank) : `${fetched}+`;
}

export interface OwnPlacement {
	/** The top with the player's live value merged in (at most the original length, or one more when complete). */
	readonly rows: RankedEntry[];
	/** The player's rank, or undefined when it lies outside the fetched top. */
	readonly rank?: number;
}

/**
 * Merges a player's live (encoded) value into a fetched top: the player's stored row is replaced, the rows re-ranked.
 * `complete` says the fetch held every entry of the board (fewer than a full page came back).
 */
export function placeOwn(
	rows: readonly { userId: number; encoded: number }[],
	userId: number,
	encoded: number | undefined,
	complete: boolean,
): OwnPlacement {
	// No live value: nothing to merge, and the player's stored row (a past season's, another session's) stays.
	if (encoded === undefined) {
		const ranked = rankEntries(rows);
		return { rows: ranked, rank: ranked.find((row) => row.userId === userId)?.rank };
	}
	const others = rows.filter((row) => row.userId !== userId);
	const last = others[others.size() - 1];
	const inside = complete || last === undefined || encoded >= last.encoded;
	if (!inside) return { rows: rankEntries(others) };
	const ranked = rankEntries([...others, { userId, encoded }]);
	const own = ranked.find((row) => row.userId === userId);
	// Keep the fetched length: the row pushed out at the bottom is no longer known to be in the top.
	const keep = complete ? ranked.size() : math.max(rows.size(), 1);
	const trimmed = pageOf(ranked, keep);
	return { rows: trimmed, rank: own?.rank };
}
