import { describe, expect, it } from "@rbxts/jest-globals";
import { firstInReadingOrder } from "./reading-order";

describe("firstInReadingOrder", () => {
	it("picks the top row, then the leftmost spot in it", () => {
		expect(
			firstInReadingOrder([
				{ x: 300, y: 100 },
				{ x: 10, y: 200 },
				{ x: 100, y: 102 },
				{ x: 500, y: 40 },
			]),
		).toBe(3);
		expect(
			firstInReadingOrder([
				{ x: 300, y: 100 },
				{ x: 10, y: 200 },
				{ x: 100, y: 102 },
			]),
		).toBe(2);
	});

	it("keeps spots a few pixels apart in height in one row, and splits rows further apart", () => {
		expect(
			firstInReadingOrder(
				[
					{ x: 50, y: 13 },
					{ x: 20, y: 10 },
				],
				4,
			),
		).toBe(1);
		expect(
			firstInReadingOrder(
				[
					{ x: 50, y: 10 },
					{ x: 20, y: 15 },
				],
				4,
			),
		).toBe(0);
	});

	it("has nothing to pick from no spots", () => {
		expect(firstInReadingOrder([])).toBeUndefined();
	});
});
