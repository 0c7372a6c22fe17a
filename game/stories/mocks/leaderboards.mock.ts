import { BoardConfig, findBoard } from "shared/config/leaderboards";
import { encodeValue, rankEntries } from "shared/leaderboards/ranking";
import { seasonOf } from "shared/leaderboards/season";
import { BoardRow, BoardState, LeaderboardsState, OwnLeaderboards, SeasonTop } from "shared/leaderboards/view";
import { MOCK_NOW } from "stories/mocks/player.mock";

/**
 * Mock leaderboards for the stories and the UI specs, on the stories' fixed clock (MOCK_NOW, a Thursday in ISO week
 * 2026-W01): a weekly Points board with two past seasons, an all-time Time board, and two viewers, one inside the
 * top and one far outside it.
 */
type Scores = readonly (readonly [userId: number, name: string, value: number])[];

function rowsOf(config: BoardConfig, scores: Scores): BoardRow[] {
	const names = new Map<number, string>();
	const entries: { userId: number; encoded: number }[] = [];
	for (const [userId, name, value] of scores) {
		names.set(userId, name);
		entries.push({ userId, encoded: encodeValue(config.ranking, value)! });
	}
	return rankEntries(entries).map((entry) => ({ ...entry, name: names.get(entry.userId)! }));
}

const POINTS = findBoard("points")!;
const TIME = findBoard("time")!;
const WEEK = seasonOf("weekly", MOCK_NOW);

/** The part the world board's story places in the Workspace to draw the board on. */
export const MOCK_BOARD_PART = "LeaderboardStoryPart";

export const MOCK_VIEWER = { userId: 105, name: "Robin" };
export const MOCK_OUTSIDER = { userId: 9120, name: "Sam" };

/** Seasons the Points board shows, newest first: the current week, then its history. */
export const MOCK_SEASONS = { current: WEEK.id, lastWeek: "2025-W52", twoWeeksAgo: "2025-W51" } as const;

const POINTS_NOW: Scores = [
	[101, "Nova", 1420],
	[102, "Kai", 1310],
	[103, "Mira", 1310],
	[104, "Juno", 1150],
	[MOCK_VIEWER.userId, MOCK_VIEWER.name, 990],
	[106, "Ezra", 870],
	[107, "Lena", 640],
	[108, "Theo", 600],
	[109, "Ines", 410],
	[110, "Otto", 305],
];

const POINTS_HISTORY: SeasonTop[] = [
	{
		season: MOCK_SEASONS.lastWeek,
		rows: rowsOf(POINTS, [
			[104, "Juno", 1880],
			[MOCK_VIEWER.userId, MOCK_VIEWER.name, 1500],
			[111, "Pia", 720],
		]),
	},
	{
		season: MOCK_SEASONS.twoWeeksAgo,
		rows: rowsOf(POINTS, [
			[112, "Ada", 960],
			[101, "Nova", 955],
		]),
	},
];

export const MOCK_POINTS_BOARD: BoardState = {
	name: POINTS.name,
	title: POINTS.title,
	description: POINTS.description,
	ranking: POINTS.ranking,
	season: WEEK.id,
	endsAt: WEEK.endsAt,
	rows: rowsOf(POINTS, POINTS_NOW),
	// The server fetched a full page of 100: players below the rows shown are ranked "100+".
	fetched: 100,
	complete: false,
	updatedAt: MOCK_NOW - 12,
	history: POINTS_HISTORY,
};

export const MOCK_TIME_BOARD: BoardState = {
	name: TIME.name,
	title: TIME.title,
	description: TIME.description,
	ranking: TIME.ranking,
	season: "all",
	rows: rowsOf(TIME, [
		[102, "Kai", 58_412],
		[MOCK_VIEWER.userId, MOCK_VIEWER.name, 61_250],
		[106, "Ezra", 75_004],
	]),
	fetched: 3,
	complete: true,
	updatedAt: MOCK_NOW - 30,
	history: [],
};

export const MOCK_LEADERBOARDS: LeaderboardsState = {
	order: [POINTS.name, TIME.name],
	boards: { [POINTS.name]: MOCK_POINTS_BOARD, [TIME.name]: MOCK_TIME_BOARD },
};

/** The viewer's own entries: fifth on Points, second on Time (as the server ranks them). */
export const MOCK_VIEWER_OWN: OwnLeaderboards = {
	[POINTS.name]: { encoded: 990, rank: 5, label: "5" },
	[TIME.name]: { encoded: -61_250, rank: 2, label: "2" },
};

/** The outsider's own entry: 35 points, below the 100 the server fetched. */
export const MOCK_OUTSIDER_OWN: OwnLeaderboards = {
	[POINTS.name]: { encoded: 35, label: "100+" },
	[TIME.name]: { label: "-" },
};

/** Every board of `state` changed the same way (e.g. to show them before their first refresh). */
export function withEveryBoard(state: LeaderboardsState, change: (board: BoardState) => BoardState): LeaderboardsState {
	const boards: Record<string, BoardState> = {};
	for (const name of state.order) boards[name] = change(state.boards[name]);
	return { order: state.order, boards };
}

/** Synced, but no board has been read yet. (`updatedAt: undefined` as a literal field: a spread would skip it.) */
export const MOCK_LOADING = withEveryBoard(MOCK_LEADERBOARDS, (board) => ({
	...board,
	rows: [],
	fetched: 0,
	updatedAt: undefined,
}));

/** Read, and nobody has scored yet (a new season's first minutes). */
export const MOCK_EMPTY = withEveryBoard(MOCK_LEADERBOARDS, (board) => ({
	...board,
	rows: [],
	fetched: 0,
	complete: true,
	history: [],
}));
