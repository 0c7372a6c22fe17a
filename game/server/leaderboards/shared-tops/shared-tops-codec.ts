import { HttpService } from "@rbxts/services";

/**
 * The tops the refresher shares, as they travel in one MemoryStore hash map item. Each board carries its season and
 * the Unix time of its fetch (servers' os.clock() differ; Unix time is the one clock they share), and only the
 * store's rows as GetSortedAsync returned them: never a server's own unflushed values, which other servers must not
 * see before they land.
 */
export interface FetchedTop {
	readonly season: string;
	/** Unix seconds of the fetch. */
	readonly at: number;
	/** The fetch held the whole board. */
	readonly complete: boolean;
	readonly entries: readonly { readonly userId: number; readonly encoded: number }[];
}

/** The stored shape: rows flattened to [userId, encoded, userId, encoded, ...] (half the JSON of pairs). */
interface StoredBoard {
	readonly s: string;
	readonly t: number;
	readonly c: boolean;
	readonly r: number[];
}

export type SharedTopsValue = Record<string, StoredBoard>;

/** A MemoryStore value holds at most 32 KB (create.roblox.com/docs/cloud-services/memory-stores#limits-and-quotas). */
export const SHARED_VALUE_LIMIT = 32 * 1024;

export function encodedSize(value: SharedTopsValue): number {
	return HttpService.JSONEncode(value).size();
}

/**
 * The value to share for `tops`, within SHARED_VALUE_LIMIT: when the boards do not fit (more boards than a fork
 * started with), the oldest fetches are left out, and those boards' readers read them themselves.
 */
export function encodeTops(tops: ReadonlyMap<string, FetchedTop>): { value: SharedTopsValue; left: string[] } {
	const value: SharedTopsValue = {};
	const order: string[] = [];
	for (const [name, top] of tops) {
		const rows: number[] = [];
		for (const entry of top.entries) {
			rows.push(entry.userId);
			rows.push(entry.encoded);
		}
		value[name] = { s: top.season, t: top.at, c: top.complete, r: rows };
		order.push(name);
	}
	order.sort((a, b) => (tops.get(a)!.at !== tops.get(b)!.at ? tops.get(a)!.at < tops.get(b)!.at : a < b));
	const left: string[] = [];
	while (order.size() > 0 && encodedSize(value) > SHARED_VALUE_LIMIT) {
		const oldest = order.remove(0)!;
		delete value[oldest];
		left.push(oldest);
	}
	return { value, left };
}

function isStoredBoard(value: unknown): value is StoredBoard {
	if (!typeIs(value, "table")) return false;
	const board = value as StoredBoard;
	return (
		typeIs(board.s, "string") && typeIs(board.t, "number") && typeIs(board.c, "boolean") && typeIs(board.r, "table")
	);
}

/** The boards of a shared value; anything malformed (an older or foreign value) is skipped, never half-read. */
export function decodeTops(value: unknown): Map<string, FetchedTop> {
	const tops = new Map<string, FetchedTop>();
	if (!typeIs(value, "table")) return tops;
	for (const [name, board] of pairs(value as Record<string, unknown>)) {
		if (!typeIs(name, "string") || !isStoredBoard(board)) continue;
		const entries: { userId: number; encoded: number }[] = [];
		let valid = board.r.size() % 2 === 0;
		for (let index = 0; valid && index < board.r.size(); index += 2) {
			const [userId, encoded] = [board.r[index], board.r[index + 1]];
			if (!typeIs(userId, "number") || !typeIs(encoded, "number")) valid = false;
			else entries.push({ userId, encoded });
		}
		if (valid) tops.set(name, { season: board.s, at: board.t, complete: board.c, entries });
	}
	return tops;
}

/**
 * Whether a server adopts a shared top for a board now in `season`: the same season (a copy from before a rollover
 * is of the finished season), younger than `freshFor` seconds at `now` (Unix), and fetched later than the server's
 * own copy (`ownAt`, Unix; a copy is never replaced by an older one).
 */
export function adoptable(top: FetchedTop, season: string, now: number, freshFor: number, ownAt?: number): boolean {
	if (top.season !== season) return false;
	const age = now - top.at;
	if (age < -1 || age >= freshFor) return false;
	return ownAt === undefined || top.at > ownAt + 0.5;
}
