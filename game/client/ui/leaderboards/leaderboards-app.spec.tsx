import { afterEach, beforeEach, describe, expect, it } from "@rbxts/jest-globals";
import React from "@rbxts/react";
import { mountScreen, TestScreen } from "testing/react-screen";
import { boardRowFont, boardRowText } from "testing/board-row-text";
import { leaderboardsAtom, ownLeaderboardsAtom } from "client/leaderboards/leaderboard-state";
import { selectedBoardAtom, selectedSeasonAtom } from "./panel-selection";
import { uiStateAtom } from "client/state/local-state";
import { LeaderboardsApp } from "./leaderboards-app";
import { MOCK_LEADERBOARDS, MOCK_SEASONS, MOCK_VIEWER, MOCK_VIEWER_OWN } from "stories/mocks/leaderboards.mock";

function rowTexts(mounted: TestScreen): string[] {
	const texts: string[] = [];
	for (let index = 1; mounted.find(`LeaderboardRow${index}`) !== undefined; index++) {
		texts.push(boardRowText(mounted.find(`LeaderboardRow${index}`))!);
	}
	return texts;
}

// The buttons are clicked as a player clicks them (the engine fires GuiButton's mouse events and Activated).
describe("leaderboards app: the season switcher", () => {
	let mounted: TestScreen | undefined;
	// The panel shows while the HUD's Boards button has it open.
	beforeEach(() => uiStateAtom({ openPanel: "leaderboards" }));
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
		uiStateAtom({ openPanel: "none" });
		leaderboardsAtom(undefined);
		ownLeaderboardsAtom(undefined);
		selectedBoardAtom(undefined);
		selectedSeasonAtom(undefined);
	});

	it("shows a past season's snapshot, then the live rows with the player's own value back on Current", () => {
		leaderboardsAtom(MOCK_LEADERBOARDS);
		// The viewer has scored since the server's last read: 1500 live, 990 in the synced top.
		ownLeaderboardsAtom({ ...MOCK_VIEWER_OWN, points: { encoded: 1500, rank: 1, label: "1" } });
		mounted = mountScreen(
			<LeaderboardsApp userId={MOCK_VIEWER.userId} playerName={MOCK_VIEWER.name} partFor={() => undefined} />,
		);
		const live = [
			"1. Robin  1500",
			"2. Nova  1420",
			"3. Kai  1310",
			"3. Mira  1310",
			"5. Juno  1150",
			"6. Ezra  870",
			"7. Lena  640",
			"8. Theo  600",
			"9. Ines  410",
			"10. Otto  305",
		];
		expect(mounted.text("LeaderboardSeason")).toBe("Week 1, 2026");
		expect(rowTexts(mounted)).toEqual(live);
		expect(mounted.text(`LeaderboardSeason_${MOCK_SEASONS.current}`)).toBe("Current");
		expect(mounted.text(`LeaderboardSeason_${MOCK_SEASONS.lastWeek}`)).toBe("Week 52, 2025");

		mounted.click(`LeaderboardSeason_${MOCK_SEASONS.lastWeek}`);
		expect(mounted.text("LeaderboardSeason")).toBe("Week 52, 2025");
		expect(rowTexts(mounted)).toEqual(["1. Juno  1880", "2. Robin  1500", "3. Pia  720"]);
		expect(boardRowFont(mounted.find("LeaderboardRow2"))).toBe(Enum.Font.GothamBold);
		expect(mounted.find("LeaderboardPinned")).toBeUndefined();

		mounted.click(`LeaderboardSeason_${MOCK_SEASONS.current}`);
		expect(mounted.text("LeaderboardSeason")).toBe("Week 1, 2026");
		expect(rowTexts(mounted)).toEqual(live);
		expect(boardRowFont(mounted.find("LeaderboardRow1"))).toBe(Enum.Font.GothamBold);
	});

	it("goes back to the current season when another board's tab is chosen", () => {
		leaderboardsAtom(MOCK_LEADERBOARDS);
		ownLeaderboardsAtom(MOCK_VIEWER_OWN);
		mounted = mountScreen(
			<LeaderboardsApp userId={MOCK_VIEWER.userId} playerName={MOCK_VIEWER.name} partFor={() => undefined} />,
		);
		mounted.click(`LeaderboardSeason_${MOCK_SEASONS.twoWeeksAgo}`);
		expect(rowTexts(mounted)).toEqual(["1. Ada  960", "2. Nova  955"]);
		mounted.click("LeaderboardTab_time");
		expect(mounted.text("LeaderboardTitle")).toBe("Fastest course");
		expect(mounted.text("LeaderboardSeason")).toBe("All time");
		expect(rowTexts(mounted)).toEqual(["1. Kai  58.412s", "2. Robin  1:01.250", "3. Ezra  1:15.004"]);
		mounted.click("LeaderboardTab_points");
		expect(mounted.text("LeaderboardSeason")).toBe("Week 1, 2026");
	});

	// The tabs and the season switcher are memoized by value (panel-tabs.tsx): they must still follow what changes.
	it("highlights the chosen tab and shows a season that a later publish adds", () => {
		leaderboardsAtom(MOCK_LEADERBOARDS);
		mounted = mountScreen(
			<LeaderboardsApp userId={MOCK_VIEWER.userId} playerName={MOCK_VIEWER.name} partFor={() => undefined} />,
		);
		const color = (name: string) => (mounted!.find(name) as TextButton).BackgroundColor3;
		const chosen = color("LeaderboardTab_points");
		expect(color("LeaderboardTab_time")).never.toEqual(chosen);
		mounted.click("LeaderboardTab_time");
		expect(color("LeaderboardTab_time")).toEqual(chosen);
		expect(color("LeaderboardTab_points")).never.toEqual(chosen);

		mounted.click("LeaderboardTab_points");
		const points = MOCK_LEADERBOARDS.boards.points;
		expect(mounted.find("LeaderboardSeason_2025-W50")).toBeUndefined();
		leaderboardsAtom({
			...MOCK_LEADERBOARDS,
			boards: {
				...MOCK_LEADERBOARDS.boards,
				points: { ...points, history: [...(points.history ?? []), { season: "2025-W50", rows: [] }] },
			},
		});
		mounted.flush();
		expect(mounted.text("LeaderboardSeason_2025-W50")).toBe("Week 50, 2025");
	});
});
