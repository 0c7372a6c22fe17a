import { describe, expect, it } from "@rbxts/jest-globals";
import { addRateLimits, RATE_LIMITS } from "./network";

describe("rate limits", () => {
	it("keeps a framework remote's limit when a game names the remote again", () => {
		const before = RATE_LIMITS["settings.change"];
		addRateLimits({ "settings.change": { perSecond: 1000, burst: 1000 } });
		expect(RATE_LIMITS["settings.change"]).toBe(before);
		expect(before?.perSecond).toBe(5);
	});
});
