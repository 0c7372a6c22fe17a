import { describe, expect, it } from "@rbxts/jest-globals";
import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
	it("allows a burst, then the refill rate", () => {
		const bucket = new TokenBucket(2, 3, 0);
		expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
		expect(bucket.take(0.25)).toBe(false);
		expect(bucket.take(0.5)).toBe(true);
	});

	it("never stores more than the burst", () => {
		const bucket = new TokenBucket(10, 2, 0);
		expect([bucket.take(100), bucket.take(100), bucket.take(100)]).toEqual([true, true, false]);
	});
});
