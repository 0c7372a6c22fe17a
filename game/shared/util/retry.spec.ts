import { describe, expect, it } from "@rbxts/jest-globals";
import { backoffDelay, retryWithBackoff } from "./retry";

const options = { attempts: 4, baseDelaySeconds: 1, maxDelaySeconds: 5, random: () => 0 };

describe("retryWithBackoff", () => {
	it("waits 1, 2, 4 seconds between four failing attempts and reports the last error", () => {
		const waits: number[] = [];
		let calls = 0;
		const result = retryWithBackoff(
			() => {
				calls += 1;
				error(`failure ${calls}`);
			},
			{ ...options, wait: (seconds) => waits.push(seconds) },
		);
		expect(result.ok).toBe(false);
		expect(calls).toBe(4);
		expect(waits).toEqual([1, 2, 4]);
		if (!result.ok) expect(result.error).toMatch("failure 4");
	});

	it("gives up when stop says so after a wait, however many attempts are left", () => {
		let calls = 0;
		let waited = 0;
		const result = retryWithBackoff(
			() => {
				calls += 1;
				error("down");
			},
			{ ...options, attempts: math.huge, wait: (seconds) => (waited += seconds), stop: () => waited >= 7 },
		);
		expect(result.ok).toBe(false);
		// Waits of 1, 2 and 4 s: the third reaches 7 s.
		expect(calls).toBe(3);
		expect(result.attempts).toBe(3);
	});

	it("stops at the first success", () => {
		let calls = 0;
		const result = retryWithBackoff(
			() => {
				calls += 1;
				if (calls < 2) error("transient");
				return "value";
			},
			{ ...options, wait: () => {} },
		);
		expect(result).toEqual({ ok: true, value: "value", attempts: 2 });
	});

	it("caps the delay and adds at most 50% jitter", () => {
		expect(backoffDelay(10, options)).toBe(5);
		expect(backoffDelay(1, { ...options, random: () => 0.999 })).toBeCloseTo(1.4995, 3);
	});
});
