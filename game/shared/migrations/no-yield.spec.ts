import { describe, expect, it } from "@rbxts/jest-globals";
import { callWithoutYielding } from "./no-yield";

describe("callWithoutYielding", () => {
	it("returns what a function that does not yield returns", () => {
		expect(callWithoutYielding(() => 42)).toEqual({ ok: true, value: 42 });
	});

	it("reports an error with its message", () => {
		const result = callWithoutYielding(() => error("boom"));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.yielded).toBe(false);
			expect(result.error).toMatch("boom");
		}
	});

	it("fails a function that yields, and the rest of it never runs", () => {
		let finished = false;
		const result = callWithoutYielding(() => {
			task.wait(0.1);
			finished = true;
			return 1;
		});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.yielded).toBe(true);
		task.wait(0.3);
		expect(finished).toBe(false);
	});
});
