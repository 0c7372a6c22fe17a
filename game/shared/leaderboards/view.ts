import { RankingType } from "shared/config/leaderboards";
import { placeOwn } from "./pages";
import { decodeValue } from "./ranking";

/** What the server publishes to every client under the sync key `leaderboards`. */
export interface BoardRow {
	readonly userId: number;
	readonly name: string;
	/** The stored (encoded) value; see ranking.ts. */
	readonly encoded: number;
	readonly rank: number;
}

export interface SeasonTop {
	readonly season: string;
	readonly rows: readonly BoardRow[];
}

export interface BoardState {
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly ranking: RankingType;
	readonly season: string;
	/** Unix seconds; undefined for all-time boards. */
	readonly endsAt?: number;
	/** The top rows shown (display size). */
	readonly rows: readonly BoardRow[];
	/** Entries the server fetched (the "N" of "N+"). */
	readonly fetched: number;
	/** The fetch held the whole board. */
	readonly complete: boolean;
	/** Unix seconds of the last successful refresh; undefined while the board has never loaded. */
	readonly updatedAt?: number;
	/** Past seasons, newest first (HISTORY_SHOWN at most), when the server keeps a season history. */
	readonly history?: readonly SeasonTop[];
	/** The server cannot reach the stores (Studio without API access): the board shows that, and no rows. */
	readonly needsApiAccess?: true;
}

export interface LeaderboardsState {
	readonly order: readonly string[];
	readonly boards: Readonly<Record<string, BoardState>>;
}

/** What one player's client gets under `leaderboard:<UserId>`: their live value and rank per board. */
export interface OwnEntry {
	readonly encoded?: number;
	readonly rank?: number;
	/** "7", "100+" or "-". */
	readonly label: string;
}
export type OwnLeaderboards = Readonly<Record<string, OwnEntry>>;

/** What a board says when the server cannot reach the stores (Studio without API access): the English source of the table's Board.NeedsApiAccess. */
export const API_ACCESS_MESSAGE = "Leaderboards need API access (Game Settings → Security)";

export const leaderboardSyncKey = "leaderboards";
export const ownLeaderboardSyncKey = (userId: number) => `leaderboard:${userId}`;

export interface DisplayRow {
	readonly userId: number;
	readonly name: string;
	readonly value: number;
	readonly rank: string;
	readonly own: boolean;
}

/**
 * The rows a player sees: the top with their live value merged in, and their own row pinned below when they are not
 * among the rows shown.
 */
export function displayRows(
	board: BoardState,
	userId: number,
	ownName: string,
	own: OwnEntry | undefined,
): { rows: DisplayRow[]; pinned?: DisplayRow } {
	const names = new Map<number, string>();
	for (const row of board.rows) names.set(row.userId, row.name);
	names.set(userId, ownName);
	const placed = placeOwn(board.rows, userId, own?.encoded, board.complete && board.rows.size() >= board.fetched);
	const rows = placed.rows.map((row) => ({
		userId: row.userId,
		name: names.get(row.userId) ?? `#${row.userId}`,
		value: decodeValue(board.ranking, row.encoded),
		rank: tostring(row.rank),
		own: row.userId === userId,
	}));
	const shown = rows.some((row) => row.own);
	if (shown || own === undefined || own.encoded === undefined) return { rows };
	return {
		rows,
		pinned: {
			userId,
			name: ownName,
			value: decodeValue(board.ranking, own.encoded),
			rank: own.label,
			own: true,
		},
	};
}
