import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import React from "@rbxts/react";
import { API_ACCESS_MESSAGE, BoardRow, BoardState, LeaderboardsState } from "shared/leaderboards/view";
import { mountScreen, TestScreen } from "testing/react-screen";
import { boardRowText } from "testing/board-row-text";
import { MOCK_NOW } from "stories/mocks/player.mock";
import { LeaderboardPanel } from "./leaderboard-panel";
import { MOCK_LEADERBOARDS, MOCK_OUTSIDER, MOCK_POINTS_BOARD } from "stories/mocks/leaderboards.mock";
import { WorldBoard } from "./world-board";

/** The same ten players after a refresh, in the opposite order (the last overtook everybody). */
function refreshed(board: BoardState): BoardState {
	const rows: BoardRow[] = board.rows.map((_, index) => {
		const player = board.rows[board.rows.size() - 1 - index];
		return { ...player, rank: index + 1, encoded: 2000 - index * 100 };
	});
	return { ...board, rows, updatedAt: MOCK_NOW + 30 };
}

function withPoints(board: BoardState): LeaderboardsState {
	return { ...MOCK_LEADERBOARDS, boards: { ...MOCK_LEADERBOARDS.boards, points: board } };
}

/** Every TextLabel under `root`, by its row's name and its own (e.g. "BoardRow1.Player"). */
function labels(root: Instance): Map<string, TextLabel> {
	const found = new Map<string, TextLabel>();
	for (const descendant of root.GetDescendants()) {
		if (descendant.IsA("TextLabel")) found.set(`${descendant.Parent?.Name}.${descendant.Name}`, descendant);
	}
	return found;
}

/** A row's text ("1. Nova  1420") under `root`. */
const row = (root: Instance, name: string) => boardRowText(root.FindFirstChild(name, true));

// A refresh with the same players in a new order must not tear rows down and build them again (a visible flicker):
// rows are keyed by position, so React keeps each TextLabel and only sets its Text.
describe("leaderboard rows on a refresh", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("keeps every TextLabel of an in-world board and updates its text in place", () => {
		const part = new Instance("Part");
		const board = (state: BoardState) => (
			<WorldBoard board={state} part={part} userId={MOCK_OUTSIDER.userId} playerName={MOCK_OUTSIDER.name} />
		);
		mounted = mountScreen(board(MOCK_POINTS_BOARD));
		const gui = part.FindFirstChildWhichIsA("SurfaceGui");
		const before = labels(part);
		expect(row(part, "BoardRow1")).toBe("1. Nova  1420");
		expect(row(part, "BoardRow10")).toBe("10. Otto  305");

		mounted.render(board(refreshed(MOCK_POINTS_BOARD)));
		const after = labels(part);
		expect(part.FindFirstChildWhichIsA("SurfaceGui")).toBe(gui);
		expect(after.size()).toBe(before.size());
		for (const [name, label] of before) expect(after.get(name)).toBe(label);
		expect(row(part, "BoardRow1")).toBe("1. Otto  2000");
		expect(row(part, "BoardRow10")).toBe("10. Nova  1100");
		part.Destroy();
	});

	it("keeps every TextLabel of the HUD panel and updates its text in place", () => {
		const panel = (state: LeaderboardsState) => (
			<LeaderboardPanel
				state={state}
				userId={MOCK_OUTSIDER.userId}
				playerName={MOCK_OUTSIDER.name}
				onSelectBoard={() => {}}
				onSelectSeason={() => {}}
			/>
		);
		mounted = mountScreen(panel(MOCK_LEADERBOARDS));
		const before = labels(mounted.screen);
		expect(row(mounted.screen, "LeaderboardRow2")).toBe("2. Kai  1310");

		mounted.render(panel(withPoints(refreshed(MOCK_POINTS_BOARD))));
		const after = labels(mounted.screen);
		expect(after.size()).toBe(before.size());
		for (const [name, label] of before) expect(after.get(name)).toBe(label);
		expect(row(mounted.screen, "LeaderboardRow2")).toBe("2. Ines  1900");
		expect(row(mounted.screen, "LeaderboardRow9")).toBe("9. Kai  1200");
	});
});

// Studio without API access: the server publishes every board with needsApiAccess (store-access.ts); the HUD panel and
// the in-world board say why there is nothing, even over rows or a pinned own value they would otherwise draw.
describe("a board that needs API access", () => {
	it("shows the API-access message and no row on the panel and on the in-world board", () => {
		const board: BoardState = { ...MOCK_POINTS_BOARD, needsApiAccess: true };
		const part = new Instance("Part");
		const mounted = mountScreen(
			<>
				<LeaderboardPanel
					state={withPoints(board)}
					own={{ points: { encoded: 50, label: "11+" } }}
					userId={MOCK_OUTSIDER.userId}
					playerName={MOCK_OUTSIDER.name}
					selectedBoard="points"
					onSelectBoard={() => {}}
					onSelectSeason={() => {}}
				/>
				<WorldBoard
					board={board}
					part={part}
					own={{ encoded: 50, label: "11+" }}
					userId={MOCK_OUTSIDER.userId}
					playerName={MOCK_OUTSIDER.name}
				/>
			</>,
		);
		const named = (root: Instance, name: string) => root.FindFirstChild(name, true);
		expect((named(mounted.screen, "LeaderboardStatus") as TextLabel | undefined)?.Text).toBe(API_ACCESS_MESSAGE);
		expect(named(mounted.screen, "LeaderboardRow1")).toBeUndefined();
		expect(named(mounted.screen, "LeaderboardPinned")).toBeUndefined();
		expect((named(part, "BoardStatus") as TextLabel | undefined)?.Text).toBe(API_ACCESS_MESSAGE);
		expect(named(part, "BoardRow1")).toBeUndefined();
		expect(named(part, "BoardPinned")).toBeUndefined();
		mounted.unmount();
		part.Destroy();
	});
});
