import { describe, expect, it } from "@rbxts/jest-globals";
import { BoardState, displayRows } from "./view";

const board = (rows: [number, number][], fetched = rows.size(), complete = false): BoardState => ({
	name: "points",
	title: "Points",
	description: "",
	ranking: "Points",
	season: "2026-W01",
	rows: rows.map(([userId, encoded], index) => ({ userId, name: `P${userId}`, encoded, rank: index + 1 })),
	fetched,
	complete,
	history: [],
});

describe("display rows", () => {
	it("highlights the player's row when it is in the top, with the live value", () => {
		const view = displayRows(
			board([
				[1, 50],
				[2, 40],
				[3, 30],
			]),
			3,
			"Me",
			{ encoded: 45, rank: 2, label: "2" },
		);
		expect(view.rows.map((row) => `${row.rank}:${row.name}:${row.value}:${row.own}`)).toEqual([
			"1:P1:50:false",
			"2:Me:45:true",
			"3:P2:40:false",
		]);
		expect(view.pinned).toBeUndefined();
	});

	it("pins the player's row with N+ when outside the top", () => {
		const view = displayRows(
			board(
				[
					[1, 50],
					[2, 40],
				],
				100,
			),
			9,
			"Me",
			{ encoded: 3, label: "100+" },
		);
		expect(view.rows.size()).toBe(2);
		expect(view.pinned).toEqual({ userId: 9, name: "Me", value: 3, rank: "100+", own: true });
	});

	it("shows no pinned row for a player without a value", () => {
		const view = displayRows(board([[1, 50]]), 9, "Me", { label: "-" });
		expect(view.pinned).toBeUndefined();
		expect(view.rows.size()).toBe(1);
	});

	it("highlights the player's stored row in a board without their live value (a past season's snapshot)", () => {
		const view = displayRows(
			board([
				[1, 50],
				[9, 40],
				[3, 30],
			]),
			9,
			"Me",
			undefined,
		);
		expect(view.rows.map((row) => `${row.rank}:${row.name}:${row.value}:${row.own}`)).toEqual([
			"1:P1:50:false",
			"2:Me:40:true",
			"3:P3:30:false",
		]);
		expect(view.pinned).toBeUndefined();
	});
});
