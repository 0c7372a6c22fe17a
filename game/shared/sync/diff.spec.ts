import { describe, expect, it } from "@rbxts/jest-globals";
import { decode, encode } from "./codec";
import { applyPatch, diff } from "./diff";
import { NONE } from "./none";

function roundTrip<T>(previous: T, current: T) {
	const [changed, patch] = diff(previous, current);
	return { changed, patch, applied: changed ? applyPatch(previous, patch) : previous };
}

describe("diff and applyPatch", () => {
	it("reports nothing for the same reference or equal contents", () => {
		const state = { a: 1, nested: { b: [1, 2] } };
		expect(diff(state, state)[0]).toBe(false);
		expect(diff(state, { a: 1, nested: { b: [1, 2] } })[0]).toBe(false);
	});

	it("sends only changed fields, recursively", () => {
		const before = { coins: 1, stats: { points: 5, wins: 2 }, name: "a" };
		const after = { coins: 1, stats: { points: 6, wins: 2 }, name: "a" };
		const { patch, applied } = roundTrip(before, after);
		expect(patch).toEqual({ stats: { points: 6 } });
		expect(applied).toEqual(after);
		expect((applied as typeof before).name).toBe("a");
	});

	it("marks deleted keys with NONE and removes them on apply", () => {
		const before: Record<string, number> = { a: 1, b: 2 };
		const after: Record<string, number> = { a: 1 };
		const { patch, applied } = roundTrip(before, after);
		expect(patch).toEqual({ b: NONE });
		expect(applied).toEqual({ a: 1 });
	});

	it("replaces arrays whole, so a shorter array leaves no stale elements or holes", () => {
		const before = { owned: ["cap", "crown", "cape"] };
		const after = { owned: ["crown"] };
		const { patch, applied } = roundTrip(before, after);
		expect(patch).toEqual({ owned: ["crown"] });
		expect((applied as typeof after).owned).toEqual(["crown"]);
		expect(roundTrip({ list: [1, 2] }, { list: [] as number[] }).applied).toEqual({ list: [] });
	});

	it("replaces a value whose type changed", () => {
		expect(roundTrip<unknown>({ v: { x: 1 } }, { v: 5 }).applied).toEqual({ v: 5 });
		expect(roundTrip<unknown>({ v: 5 }, { v: { x: 1 } }).applied).toEqual({ v: { x: 1 } });
	});

	it("shares unchanged branches with the previous value", () => {
		const keep = { big: [1, 2, 3] };
		const before = { keep, change: { n: 1 } };
		const applied = roundTrip(before, { keep, change: { n: 2 } }).applied as typeof before;
		expect(applied.keep).toBe(keep);
	});

	it("round-trips many random edits", () => {
		const random = new Random(7);
		let state: Record<string, unknown> = {};
		for (let step = 0; step < 200; step++) {
			const nextState = table.clone(state);
			const key = `k${random.NextInteger(1, 12)}`;
			const choice = random.NextInteger(1, 4);
			if (choice === 1) delete nextState[key];
			else if (choice === 2) nextState[key] = random.NextInteger(-5, 5);
			else if (choice === 3)
				nextState[key] = { inner: random.NextInteger(1, 3), list: [random.NextInteger(1, 9)] };
			else nextState[key] = `s${random.NextInteger(1, 3)}`;
			const { applied } = roundTrip(state, nextState);
			expect(applied).toEqual(nextState);
			state = nextState;
		}
	});

	it("carries sparse arrays and mixed tables by key, through the codec, whatever they become", () => {
		// Patches by key that look like arrays ({ [1] = ... }) and arrays that stop being arrays, both ways.
		const sparse = (entries: [number | string, unknown][]) => {
			const result: Record<string | number, unknown> = {};
			for (const [key, value] of entries) result[key] = value;
			return result;
		};
		const steps: unknown[] = [
			sparse([
				[1, "a"],
				[3, "c"],
			]),
			sparse([
				[1, "z"],
				[3, "c"],
			]),
			sparse([[3, "c"]]),
			["x", "y"],
			sparse([
				[1, "x"],
				[2, "y"],
				["name", "mixed"],
			]),
			sparse([
				[1, "x"],
				[5, true],
				[-2, 0.5],
			]),
			[],
			sparse([
				[
					2,
					{
						deep: sparse([
							[1, 1],
							[4, 4],
						]),
					},
				],
			]),
		];
		let state: unknown = undefined;
		for (const value of steps) {
			const [changed, patch] = diff({ v: state }, { v: value });
			expect(changed).toBe(true);
			const applied = applyPatch({ v: state }, decode(encode(patch)));
			expect(applied).toEqual({ v: value });
			state = value;
		}
	});

	it("round-trips random tables with holes, numeric and mixed keys", () => {
		const random = new Random(11);
		const randomTable = (depth: number): Record<string | number, unknown> => {
			const result: Record<string | number, unknown> = {};
			for (let index = random.NextInteger(0, 5); index > 0; index--) {
				const key = random.NextInteger(1, 3) === 1 ? `k${random.NextInteger(1, 4)}` : random.NextInteger(-1, 6);
				result[key] =
					depth < 2 && random.NextInteger(1, 3) === 1 ? randomTable(depth + 1) : random.NextInteger(0, 9);
			}
			return result;
		};
		let state: unknown = randomTable(0);
		for (let step = 0; step < 300; step++) {
			const value = randomTable(0);
			const [changed, patch] = diff(state, value);
			const applied = changed ? applyPatch(state, decode(encode(patch))) : state;
			expect(applied).toEqual(value);
			state = value;
		}
	});
});
