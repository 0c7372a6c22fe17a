import { pageOf, rankLabel } from "shared/leaderboards/pages";
import { decodeValue } from "shared/leaderboards/ranking";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { NameCache } from "./names";
import { HistoryEntry } from "./season-snapshot";

export interface LeaderboardRow {
	readonly rank: number;
	readonly userId: number;
	readonly name: string;
	readonly value: number;
}

/**
 * The design's reads: pages, the top, a player's rank and the past seasons. They answer from this server's cache
 * (which holds its own unflushed writes); only a page beyond the cached top reads the store.
 */
export class LeaderboardReads {
	constructor(
		private readonly registry: BoardRegistry,
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
}
