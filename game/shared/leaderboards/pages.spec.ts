import { describe, expect, it } from "@rbxts/jest-globals";
import { pageOf, placeOwn, rankLabel } from "./pages";
import { rankEntries } from "./ranking";

const top = (values: number[]) => values.map((encoded, index) => ({ userId: index + 1, encoded }));

describe("pages", () => {
	it("pages with a 1-based offset", () => {
		const rows = [1, 2, 3, 4, 5];
		expect(pageOf(rows, 2)).toEqual([1, 2]);
		expect(pageOf(rows, 2, 3)).toEqual([3, 4]);
		expect(pageOf(rows, 10, 4)).toEqual([4, 5]);
		expect(pageOf(rows, 3, 9)).toEqual([]);
		expect(pageOf(rows, 0)).toEqual([]);
	});

	it("labels ranks outside the fetched top as N+", () => {
		expect(rankLabel(4, 100)).toBe("4");
		expect(rankLabel(undefined, 100)).toBe("100+");
		expect(rankLabel(undefined, 100, false)).toBe("-");
	});
});

describe("the player's own live value", () => {
	it("moves the player's row to where the live value ranks", () => {
		const placed = placeOwn(top([50, 40, 30]), 3, 45, true);
		expect(placed.rank).toBe(2);
		expect(placed.rows.map((row) => row.userId)).toEqual([1, 3, 2]);
	});

	it("places a newcomer inside a complete board", () => {
		const placed = placeOwn(top([50, 40]), 9, 1, true);
		expect(placed.rank).toBe(3);
		expect(placed.rows.size()).toBe(3);
	});

	it("leaves the rank unknown below a full fetched top", () => {
		const placed = placeOwn(top([50, 40, 30]), 9, 10, false);
		expect(placed.rank).toBeUndefined();
		expect(placed.rows.size()).toBe(3);
		expect(rankLabel(placed.rank, 3)).toBe("3+");
	});

	it("knows the rank of a tie with the last fetched row, and pushes the last row out", () => {
		const placed = placeOwn(top([50, 40, 30]), 9, 30, false);
		expect(placed.rank).toBe(3);
		expect(placed.rows.map((row) => row.userId)).toEqual([1, 2, 3]);
		const above = placeOwn(top([50, 40, 30]), 9, 35, false);
		expect(above.rows.map((row) => row.userId)).toEqual([1, 2, 9]);
	});

	it("keeps the player's stored row where it is when there is no live value to merge", () => {
		const placed = placeOwn(top([50, 40, 30]), 2, undefined, false);
		expect(placed.rank).toBe(2);
		expect(placed.rows.map((row) => `${row.userId}:${row.rank}`)).toEqual(["1:1", "2:2", "3:3"]);
	});
});
