import { atom } from "@rbxts/charm";
import { BoardConfig, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { rankLabel } from "shared/leaderboards/pages";
import { RankedEntry } from "shared/leaderboards/ranking";
import { Season } from "shared/leaderboards/season";
import {
	BoardRow,
	BoardState,
	LeaderboardsState,
	OwnEntry,
	OwnLeaderboards,
	SeasonTop,
} from "shared/leaderboards/view";
import { BoardCache, CachedBoard } from "./board-cache";
import { NameCache } from "./names";
import { HistoryEntry } from "./season-snapshot";

/**
 * What the leaderboards publish: every board's top for every client (sync key `leaderboards`), and each player's own
 * live values and ranks (sync key `leaderboard:<UserId>`, that player only).
 */
export const leaderboardsAtom = atom<LeaderboardsState>({ order: [], boards: {} });
export const ownLeaderboardsAtom = atom<Readonly<Record<string, OwnLeaderboards>>>({});

/** The stable getter for the shared key. */
export const leaderboardsGetter = () => leaderboardsAtom();

const ownGetters = new Map<number, () => OwnLeaderboards | undefined>();

/** A stable getter for one player's own entries. */
export function ownLeaderboardsGetter(userId: number): () => OwnLeaderboards | undefined {
	let getter = ownGetters.get(userId);
	if (getter === undefined) {
		const key = tostring(userId);
		getter = () => ownLeaderboardsAtom()[key];
		ownGetters.set(userId, getter);
	}
	return getter;
}

export function forgetOwnLeaderboards(userId: number) {
	ownGetters.delete(userId);
	ownLeaderboardsAtom((state) => {
		const copy = table.clone(state) as Record<string, OwnLeaderboards>;
		delete copy[tostring(userId)];
		return copy;
	});
}

function rowsOf(entries: readonly RankedEntry[], count: number, name: (userId: number) => string): BoardRow[] {
	const rows: BoardRow[] = [];
	for (const entry of entries) {
		if (rows.size() >= count) break;
		rows.push({ userId: entry.userId, name: name(entry.userId), encoded: entry.encoded, rank: entry.rank });
	}
	return rows;
}

export function historyTops(
	history: readonly HistoryEntry[],
	shown: number,
	size: number,
	name: (userId: number) => string,
): SeasonTop[] {
	const tops: SeasonTop[] = [];
	for (let index = history.size() - 1; index >= 0 && tops.size() < shown; index--) {
		const entry = history[index];
		const rows: BoardRow[] = [];
		let rank = 0;
		let previous: number | undefined;
		entry.top.forEach(([userId, encoded], position) => {
			if (encoded !== previous) rank = position + 1;
			previous = encoded;
			if (rows.size() < size) rows.push({ userId, name: name(userId), encoded, rank });
		});
		tops.push({ season: entry.season, rows });
	}
	return tops;
}

export function boardState(
	config: BoardConfig,
	season: Season,
	cached: CachedBoard | undefined,
	updatedAt: number | undefined,
	history: readonly SeasonTop[],
	name: (userId: number) => string,
): BoardState {
	return {
		name: config.name,
		title: config.title,
		description: config.description,
		ranking: config.ranking,
		season: season.id,
		endsAt: season.endsAt,
		rows: rowsOf(cached?.entries ?? [], config.displaySize, name),
		fetched: cached?.entries.size() ?? 0,
		complete: cached?.complete ?? true,
		updatedAt,
		history,
	};
}

/** A player's own entry on a board from the cached top (which already holds this server's live values). */
export function ownEntry(cached: CachedBoard | undefined, userId: number, encoded: number | undefined): OwnEntry {
	if (encoded === undefined) return { label: "-" };
	const entries = cached?.entries ?? [];
	const rank = entries.find((entry) => entry.userId === userId)?.rank;
	return { encoded, rank, label: rankLabel(rank, entries.size()) };
}

export interface PublishInput {
	readonly order: readonly string[];
	readonly boards: ReadonlyMap<string, BoardConfig>;
	readonly seasons: ReadonlyMap<string, Season>;
	readonly cache: BoardCache;
	readonly history: ReadonlyMap<string, HistoryEntry[]>;
	readonly names: NameCache;
	/** Live (encoded) values of this server's players, per board. */
	readonly live: ReadonlyMap<number, ReadonlyMap<string, number>>;
	/** Unix seconds. */
	readonly now: number;
	/** The stores are unreachable (Studio without API access): every board says so instead of showing rows. */
	readonly needsApiAccess: boolean;
}

/** Publishes every board to every client; returns the user ids shown without a known name. */
export function publishBoards(input: PublishInput): number[] {
	const name = (userId: number) => input.names.display(userId);
	const boards: Record<string, BoardState> = {};
	const unknown: number[] = [];
	for (const boardName of input.order) {
		const config = input.boards.get(boardName)!;
		const age = input.cache.age(boardName);
		const history = historyTops(
			input.history.get(boardName) ?? [],
			LEADERBOARD_CONFIG.HISTORY_SHOWN,
			config.displaySize,
			name,
		);
		const updatedAt = age !== undefined ? input.now - age : undefined;
		const state = boardState(
			config,
			input.seasons.get(boardName)!,
			input.cache.get(boardName),
			updatedAt,
			history,
			name,
		);
		boards[boardName] = input.needsApiAccess ? { ...state, rows: [], needsApiAccess: true } : state;
		const rows = [...state.rows];
		for (const top of history) for (const row of top.rows) rows.push(row);
		for (const row of rows) if (input.names.peek(row.userId) === undefined) unknown.push(row.userId);
	}
	leaderboardsAtom({ order: [...input.order], boards });
	return unknown;
}

/** Publishes each of this server's players their own value and rank on every board. */
export function publishOwnEntries(input: PublishInput) {
	const own: Record<string, OwnLeaderboards> = {};
	for (const [userId, values] of input.live) {
		const entries: Record<string, OwnEntry> = {};
		for (const boardName of input.order) {
			entries[boardName] = ownEntry(input.cache.get(boardName), userId, values.get(boardName));
		}
		own[tostring(userId)] = entries;
	}
	ownLeaderboardsAtom(own);
}
