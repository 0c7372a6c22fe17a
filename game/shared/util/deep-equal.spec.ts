import { describe, expect, it } from "@rbxts/jest-globals";
import { deepEqual } from "./deep-equal";

describe("deepEqual", () => {
	it("compares nested tables by content", () => {
		expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
		expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
		expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(deepEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
		expect(deepEqual(1, "1")).toBe(false);
	});
});
