import { describe, expect, it } from "@rbxts/jest-globals";
import { BoardConfig, findBoard } from "shared/config/leaderboards";
import { DEFAULT_PLAYER_DATA, PlayerStats } from "shared/data/player-data";
import { needsBaseline, reportedValue } from "./player-scores";

const stats = (change: Partial<PlayerStats>): PlayerStats => ({ ...DEFAULT_PLAYER_DATA.stats, ...change });
const board = (name: string) => findBoard(name) as BoardConfig;

describe("what a stat change reports", () => {
	it("reports all-time boards on load and on change, never a Time of zero", () => {
		expect(reportedValue(board("rating"), stats({ rating: 1200 }), undefined, undefined)).toBe(1200);
		expect(reportedValue(board("rating"), stats({ rating: 1000 }), undefined, undefined)).toBeUndefined();
		expect(reportedValue(board("rating"), stats({ rating: 1016 }), stats({ rating: 1000 }), undefined)).toBe(1016);
		expect(
			reportedValue(board("rating"), stats({ rating: 1000, wins: 2 }), stats({ rating: 1000 }), undefined),
		).toBe(undefined);
		expect(reportedValue(board("time"), stats({ bestCourseMs: 0 }), undefined, undefined)).toBeUndefined();
		expect(reportedValue(board("time"), stats({ bestCourseMs: 61000 }), undefined, undefined)).toBe(61000);
	});

	it("reports seasonal accumulating boards as the gain over the baseline", () => {
		expect(needsBaseline(board("points"))).toBe(true);
		expect(needsBaseline(board("rating"))).toBe(false);
		expect(reportedValue(board("points"), stats({ points: 130 }), stats({ points: 100 }), 100)).toBe(30);
		expect(reportedValue(board("points"), stats({ points: 130 }), undefined, undefined)).toBeUndefined();
		expect(reportedValue(board("points"), stats({ points: 100 }), undefined, 100)).toBeUndefined();
		expect(reportedValue(board("wins"), stats({ wins: 7 }), undefined, 5)).toBe(2);
	});

	it("reports seasonal best-of boards only when the best changes", () => {
		expect(reportedValue(board("score"), stats({ bestRoundScore: 40 }), undefined, undefined)).toBeUndefined();
		expect(
			reportedValue(board("score"), stats({ bestRoundScore: 45 }), stats({ bestRoundScore: 40 }), undefined),
		).toBe(45);
	});
});
