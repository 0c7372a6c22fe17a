import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { pageOf, placeOwn } from "shared/leaderboards/pages";
import { rankEntries, RankedEntry } from "shared/leaderboards/ranking";
import { RequestBudget } from "./request-budget";
import { FetchedTop } from "./shared-tops-codec";
import { scoreStore } from "./stores";

/**
 * Each board's top, as this server last read it. A board is refreshed every CACHE_UPDATE_INTERVAL seconds plus a
 * random jitter (so servers started together do not read in step) with one GetSortedAsync page of FETCH_SIZE
 * (create.roblox.com/docs/reference/engine/classes/OrderedDataStore#GetSortedAsync: pages of at most 100), within
 * the budget share. While a refresh runs, and when it fails, the previous rows stay (no flicker, no empty board).
 * This server's own not-yet-flushed writes are laid over every refresh, so a local change never seems to go back.
 */
function newRandom(): () => number {
	const random = new Random();
	return () => random.NextNumber();
}

export interface CachedBoard {
	readonly season: string;
	entries: RankedEntry[];
	/** The fetch held the whole board (fewer than FETCH_SIZE entries came back). */
	complete: boolean;
	/** os.clock() of the last successful refresh. */
	fetchedAt?: number;
	nextAt: number;
	refreshing: boolean;
}

export interface Overlay {
	readonly userId: number;
	readonly encoded: number;
	readonly mode: "best" | "set";
}

export class BoardCache {
	private readonly boards = new Map<string, CachedBoard>();
	readonly counters = { refreshes: 0, failures: 0, deferred: 0 };
	lastError?: string;
	/** Seconds of random jitter added to each refresh interval (the experience's refresher uses less). */
	jitter: number = LEADERBOARD_CONFIG.CACHE_JITTER;
	/** Told each successful fetch, the store's rows only (the shared tops publish them). */
	onFetched?: (board: string, top: FetchedTop) => void;

	constructor(
		private readonly budget: RequestBudget,
		private readonly overlay: (board: string, season: string) => readonly Overlay[],
		private readonly clock: () => number = () => os.clock(),
		private readonly random: () => number = newRandom(),
	) {}

	/** Starts (or moves to a new season) a board's cache; a new season starts empty and is due at once. */
	track(board: string, season: string) {
		const existing = this.boards.get(board);
		if (existing !== undefined && existing.season === season) return;
		this.boards.set(board, { season, entries: [], complete: true, nextAt: this.clock(), refreshing: false });
	}

	get(board: string): CachedBoard | undefined {
		return this.boards.get(board);
	}

	/** Boards due for a refresh, the longest-waiting first (so a tight budget still goes round every board). */
	due(): string[] {
		const now = this.clock();
		const list: string[] = [];
		for (const [name, board] of this.boards) if (!board.refreshing && board.nextAt <= now) list.push(name);
		list.sort((a, b) => {
			const [first, second] = [this.boards.get(a)!.nextAt, this.boards.get(b)!.nextAt];
			return first !== second ? first < second : a < b;
		});
		return list;
	}

	private nextInterval(): number {
		return LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + this.random() * this.jitter;
	}

	/** Reads a board's top (yields). Returns true when the cache changed. */
	refresh(name: string): boolean {
		const board = this.boards.get(name);
		if (board === undefined || board.refreshing) return false;
		if (!this.budget.tryTake(["sorted"])) {
			// Stays due with its place in the line: the next tick tries again.
			this.counters.deferred += 1;
			return false;
		}
		board.refreshing = true;
		const season = board.season;
		const [ok, result] = pcall(() => {
			const pages = scoreStore(name, season).GetSortedAsync(false, LEADERBOARD_CONFIG.FETCH_SIZE);
			return { items: pages.GetCurrentPage(), finished: pages.IsFinished };
		});
		board.refreshing = false;
		if (this.boards.get(name) !== board) return false; // the season moved on meanwhile
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(result);
			board.nextAt = this.clock() + LEADERBOARD_CONFIG.RETRY_BASE_DELAY;
			return false;
		}
		const entries: { userId: number; encoded: number }[] = [];
		for (const item of result.items) {
			const userId = tonumber(item.key);
			if (userId !== undefined && typeIs(item.value, "number")) entries.push({ userId, encoded: item.value });
		}
		this.counters.refreshes += 1;
		board.entries = rankEntries(entries);
		board.complete = result.finished && entries.size() < LEADERBOARD_CONFIG.FETCH_SIZE;
		board.fetchedAt = this.clock();
		board.nextAt = this.clock() + this.nextInterval();
		const fetched = { season, at: DateTime.now().UnixTimestampMillis / 1000, complete: board.complete, entries };
		for (const write of this.overlay(name, season)) this.apply(name, write);
		this.onFetched?.(name, fetched);
		return true;
	}

	/**
	 * Takes a top another server fetched `age` seconds ago, as a refresh would (this server's pending writes laid
	 * over it), and moves this board's own next read to when that copy is `freshFor` old. False when the board has
	 * moved to another season.
	 */
	adopt(name: string, top: FetchedTop, age: number, freshFor: number): boolean {
		const board = this.boards.get(name);
		if (board === undefined || board.season !== top.season) return false;
		board.entries = rankEntries(top.entries);
		board.complete = top.complete;
		board.fetchedAt = this.clock() - age;
		board.nextAt = math.max(board.nextAt, board.fetchedAt + freshFor);
		for (const write of this.overlay(name, board.season)) this.apply(name, write);
		return true;
	}

	/** Merges a local value into a board's cached top at once (best-of boards keep the better value). */
	apply(name: string, write: Overlay) {
		const board = this.boards.get(name);
		if (board === undefined) return;
		const current = board.entries.find((entry) => entry.userId === write.userId);
		const encoded =
			write.mode === "best" && current !== undefined ? math.max(current.encoded, write.encoded) : write.encoded;
		const placed = placeOwn(board.entries, write.userId, encoded, board.complete);
		board.entries = placed.rows;
	}

	/**
	 * Entries 1 .. count of a board for pages beyond the cached top (yields; one GetSortedAsync per page of 100, each
	 * within the budget share; stops early when refused). Capped at MAX_LEADERBOARD_SIZE.
	 */
	readRange(name: string, count: number): RankedEntry[] {
		const board = this.boards.get(name);
		if (board === undefined) return [];
		const wanted = math.min(count, LEADERBOARD_CONFIG.MAX_LEADERBOARD_SIZE);
		if (board.complete || wanted <= board.entries.size()) return pageOf(board.entries, wanted);
		const entries: { userId: number; encoded: number }[] = [];
		const [ok, problem] = pcall(() => {
			if (!this.budget.tryTake(["sorted"])) return;
			const pages = scoreStore(name, board.season).GetSortedAsync(false, 100);
			while (true) {
				for (const item of pages.GetCurrentPage()) {
					const userId = tonumber(item.key);
					if (userId !== undefined && typeIs(item.value, "number"))
						entries.push({ userId, encoded: item.value });
				}
				if (pages.IsFinished || entries.size() >= wanted || !this.budget.tryTake(["sorted"])) break;
				pages.AdvanceToNextPageAsync();
			}
		});
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(problem);
		}
		const ranked = rankEntries(entries);
		return pageOf(ranked.size() > board.entries.size() ? ranked : board.entries, wanted);
	}

	/** Seconds since the board's last refresh (undefined before the first). */
	age(name: string): number | undefined {
		const fetchedAt = this.boards.get(name)?.fetchedAt;
		return fetchedAt !== undefined ? this.clock() - fetchedAt : undefined;
	}
}
