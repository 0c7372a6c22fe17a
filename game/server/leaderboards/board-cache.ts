import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { pageOf, placeOwn } from "shared/leaderboards/pages";
import { rankEntries, RankedEntry } from "shared/leaderboards/ranking";
import { RequestBudget } from "./request-budget";
import { scoreStore, storedEntries } from "./stores";

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

/** A board's top as a source read it, unranked. */
export interface TopRead {
	readonly entries: readonly { userId: number; encoded: number }[];
	/** The read held the whole board. */
	readonly complete: boolean;
	/**
	 * Seconds since the source read the store (a copy another server read): the refresh is dated back by it and is
	 * next due when it is one full interval old, the freshness bound every board is held to. Undefined: read now.
	 */
	readonly age?: number;
}

/** How old a board may be: one refresh interval at its longest jitter. Every board is held to it, wherever its top came from. */
export const FRESHNESS_BOUND = LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER;

/** Where the refresh may take a top from before the store, and what it tells of a store read. */
export interface TopSource {
	/**
	 * A board's top from elsewhere than its store, costing no request (with its age when it was read earlier);
	 * undefined lets the next source (at last the store) answer.
	 */
	readTop?(board: string, season: string): TopRead | undefined;
	/** A board's top as just read from its store. */
	onRefresh?(board: string, season: string, read: TopRead): void;
	/** Sorted reads a store read must leave this source (math.huge: none may run now). */
	refreshReserve?(): number;
	/** Seconds until a store read is due again, in place of the jittered interval (the first source that gives one). */
	refreshInterval?(): number | undefined;
}

export interface Overlay {
	readonly userId: number;
	readonly encoded: number;
	readonly mode: "best" | "set";
}

/**
 * Each board's top, as this server last read it. A board is refreshed every CACHE_UPDATE_INTERVAL seconds plus a
 * random jitter (so servers started together do not read in step), through one path: the first source (a module's
 * readTop) that has the top answers without any request, else one GetSortedAsync page of FETCH_SIZE within the
 * budget share, leaving what the sources reserve
 * (create.roblox.com/docs/reference/engine/classes/OrderedDataStore#GetSortedAsync: pages of at most 100). While a
 * refresh runs, and when it fails, the previous rows stay (no flicker, no empty board). This server's own
 * not-yet-flushed writes are laid over every refresh, so a local change never seems to go back.
 */
export class BoardCache {
	private readonly boards = new Map<string, CachedBoard>();
	readonly counters = { refreshes: 0, failures: 0, deferred: 0 };
	lastError?: string;

	constructor(
		private readonly budget: RequestBudget,
		private readonly overlay: (board: string, season: string) => readonly Overlay[],
		private readonly sources: readonly TopSource[] = [],
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

	/** Seconds until a read is due again: a copy from elsewhere at its bound, a store read as the sources say. */
	private nextInterval(read: TopRead): number {
		if (read.age !== undefined) return FRESHNESS_BOUND;
		for (const source of this.sources) {
			const interval = source.refreshInterval?.();
			if (interval !== undefined) return interval;
		}
		return LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + this.random() * LEADERBOARD_CONFIG.CACHE_JITTER;
	}

	/** Makes a board due now (a source has a newer top for it); nothing while it refreshes. */
	expedite(name: string) {
		const board = this.boards.get(name);
		if (board !== undefined && !board.refreshing) board.nextAt = math.min(board.nextAt, this.clock());
	}

	/**
	 * Reads a board's top (yields): from the first module that has it, else from the store within the budget share.
	 * Returns true when the cache changed.
	 */
	refresh(name: string): boolean {
		const board = this.boards.get(name);
		if (board === undefined || board.refreshing) return false;
		board.refreshing = true;
		const season = board.season;
		const [ok, result] = pcall(() => this.readTop(name, season));
		board.refreshing = false;
		if (this.boards.get(name) !== board) return false; // the season moved on meanwhile
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(result);
			board.nextAt = this.clock() + LEADERBOARD_CONFIG.RETRY_BASE_DELAY;
			return false;
		}
		if (result === undefined) {
			// Stays due with its place in the line: the next tick tries again.
			this.counters.deferred += 1;
			return false;
		}
		this.counters.refreshes += 1;
		board.entries = rankEntries(result.entries);
		board.complete = result.complete;
		board.fetchedAt = this.clock() - math.max(result.age ?? 0, 0);
		board.nextAt = board.fetchedAt + this.nextInterval(result);
		for (const write of this.overlay(name, season)) this.apply(name, write);
		return true;
	}

	/** The refresh's one path to the rows; undefined when the budget share refused the store read. */
	private readTop(name: string, season: string): TopRead | undefined {
		for (const source of this.sources) {
			const read = source.readTop?.(name, season);
			if (read !== undefined) return read;
		}
		if (!this.budget.tryTake(["sorted"], false, this.reserve())) return undefined;
		const pages = scoreStore(name, season).GetSortedAsync(false, LEADERBOARD_CONFIG.FETCH_SIZE);
		const entries = storedEntries(pages.GetCurrentPage());
		const read = { entries, complete: pages.IsFinished && entries.size() < LEADERBOARD_CONFIG.FETCH_SIZE };
		for (const source of this.sources) source.onRefresh?.(name, season, read);
		return read;
	}

	/** Sorted reads the sources keep back from the refreshes. */
	reserve(): number {
		let reserve = 0;
		for (const source of this.sources) reserve += source.refreshReserve?.() ?? 0;
		return reserve;
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
				for (const entry of storedEntries(pages.GetCurrentPage())) entries.push(entry);
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
