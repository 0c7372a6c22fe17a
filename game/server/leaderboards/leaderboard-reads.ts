import { pageOf, rankLabel } from "shared/leaderboards/pages";
import { decodeValue } from "shared/leaderboards/ranking";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { NameCache } from "./names";
import { RequestBudget } from "./request-budget";
import { HistoryEntry } from "./season-snapshot";
import { entryKey, metadataStore, StoredMetadata } from "./stores";

export interface LeaderboardRow {
	readonly rank: number;
	readonly userId: number;
	readonly name: string;
	readonly value: number;
}

/**
 * A player's metadata on a board's season: "stored" with the value it was written with (decoded), "none" when no
 * score of theirs carried metadata, "deferred" when the budget share refused the read (ask again later), "failed"
 * when the read failed, "unknown board".
 */
export type MetadataRead =
	| {
			readonly status: "stored";
			readonly value: number;
			readonly metadata: Record<string, unknown>;
			/** Unix seconds of the write. */
			readonly at: number;
	  }
	| { readonly status: "none" | "deferred" | "failed" | "unknown board" };

function isStoredMetadata(value: unknown): value is StoredMetadata {
	return (
		typeIs(value, "table") &&
		typeIs((value as StoredMetadata).value, "number") &&
		typeIs((value as StoredMetadata).metadata, "table") &&
		typeIs((value as StoredMetadata).at, "number")
	);
}

/**
 * The reads: pages, the top, a player's rank, the past seasons and a score's metadata. Scores answer from
 * this server's cache (which holds its own unflushed writes); only a page beyond the cached top reads the store.
 * Metadata is always read from its store, so it shows what every server sees: a write shows there after its flush.
 */
export class LeaderboardReads {
	metadataFailures = 0;
	lastError?: string;

	constructor(
		private readonly registry: BoardRegistry,
		private readonly budget: RequestBudget,
		private readonly cache: BoardCache,
		private readonly names: NameCache,
	) {}

	/** Rows offset .. offset + limit - 1 (offset 1-based); beyond the cached top this reads the store (yields). */
	getLeaderboard(boardName: string, limit = 10, offset = 1): LeaderboardRow[] {
		const board = this.registry.configs.get(boardName);
		const cached = this.cache.get(boardName);
		if (board === undefined || cached === undefined) return [];
		const last = offset + limit - 1;
		const entries = last <= cached.entries.size() ? cached.entries : this.cache.readRange(boardName, last);
		return pageOf(entries, limit, offset).map((entry) => ({
			rank: entry.rank,
			userId: entry.userId,
			name: this.names.display(entry.userId),
			value: decodeValue(board.ranking, entry.encoded),
		}));
	}

	getTopPlayers(boardName: string, count = 10): LeaderboardRow[] {
		return this.getLeaderboard(boardName, count, 1);
	}

	/** A player's rank from the cached top: `label` is "N+" when they are outside it, "-" without a value. */
	getPlayerRank(boardName: string, userId: number): { rank?: number; label: string; value?: number } {
		const board = this.registry.configs.get(boardName);
		const cached = this.cache.get(boardName);
		if (board === undefined || cached === undefined) return { label: "-" };
		const entry = cached.entries.find((row) => row.userId === userId);
		const encoded = entry?.encoded ?? this.registry.live.get(userId)?.get(boardName);
		return {
			rank: entry?.rank,
			label: rankLabel(entry?.rank, cached.entries.size(), encoded !== undefined),
			value: encoded !== undefined ? decodeValue(board.ranking, encoded) : undefined,
		};
	}

	/** Past seasons of a board as last read, oldest first. */
	getHistory(boardName: string): HistoryEntry[] {
		return this.registry.history.get(boardName) ?? [];
	}

	/**
	 * The metadata stored beside a player's score on a board, for `season` (default: the current one), with the value
	 * it was reported with. A better value reported later without metadata leaves it in place, so `value` is what
	 * says which run the metadata describes: compare it with the board's value before showing it as the best's.
	 * Yields.
	 */
	getPlayerMetadata(boardName: string, userId: number, season?: string): MetadataRead {
		const board = this.registry.configs.get(boardName);
		const seasonId = season ?? this.registry.seasons.get(boardName)?.id;
		if (board === undefined || seasonId === undefined) return { status: "unknown board" };
		if (!this.budget.tryTake(["read"])) return { status: "deferred" };
		const [ok, stored] = pcall(() => metadataStore().GetAsync<unknown>(entryKey(boardName, seasonId, userId))[0]);
		if (!ok) {
			this.metadataFailures += 1;
			this.lastError = tostring(stored);
			return { status: "failed" };
		}
		if (!isStoredMetadata(stored)) return { status: "none" };
		return {
			status: "stored",
			value: decodeValue(board.ranking, stored.value),
			metadata: stored.metadata,
			at: stored.at,
		};
	}
}
