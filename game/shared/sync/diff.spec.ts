import { describe, expect, it } from "@rbxts/jest-globals";
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
});
