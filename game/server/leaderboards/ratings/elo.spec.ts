import { describe, expect, it } from "@rbxts/jest-globals";
import { eloChanges, expectedScore, roundChanges, updateRatings } from "./elo";

describe("Elo", () => {
	it("expects an even game between equal ratings and 10:1 at 400 points", () => {
		expect(expectedScore(1000, 1000)).toBe(0.5);
		expect(expectedScore(1400, 1000)).toBeCloseTo(10 / 11, 6);
		expect(expectedScore(1000, 1400)).toBeCloseTo(1 / 11, 6);
	});

	it("moves two equal players by K/2", () => {
		expect(updateRatings([1000, 1000], 32)).toEqual([1016, 984]);
	});

	it("rewards an upset more than an expected win", () => {
		const upset = updateRatings([1000, 1400], 32);
		const expected = updateRatings([1400, 1000], 32);
		expect(upset[0] - 1000).toBeGreaterThan(expected[0] - 1400);
		expect(upset[0] - 1000).toBe(29);
		expect(expected[0] - 1400).toBe(3);
	});

	it("ranks a multiplayer match by placement and conserves rating", () => {
		const before = [1000, 1000, 1000, 1000];
		const after = updateRatings(before, 32);
		expect(after[0]).toBeGreaterThan(after[1]);
		expect(after[1]).toBeGreaterThan(after[2]);
		expect(after[2]).toBeGreaterThan(after[3]);
		let total = 0;
		for (const rating of after) total += rating;
		expect(total).toBe(4000);
		expect(after).toEqual([1016, 1005, 995, 984]);
	});

	it("changes nothing for a match of one", () => {
		expect(updateRatings([1200], 32)).toEqual([1200]);
		expect(eloChanges([], 32)).toEqual([]);
	});

	it("rounds changes to integers that sum to zero", () => {
		const rounded = roundChanges([10.4, -3.3, -7.1]);
		expect(rounded[0] + rounded[1] + rounded[2]).toBe(0);
		expect(rounded).toEqual([10, -3, -7]);
	});
});
