import { describe, expect, it } from "@rbxts/jest-globals";
import { LOADING_TIPS, loadingTip, TIP_SECONDS } from "./loading-tips";

describe("loading tips", () => {
	it("shows each tip for TIP_SECONDS, in turn, and starts over after the last", () => {
		const start = 1_700_000_000 - (1_700_000_000 % (TIP_SECONDS * LOADING_TIPS.size()));
		const shown = LOADING_TIPS.map((_, index) => loadingTip(start + index * TIP_SECONDS));
		expect(shown).toEqual([...LOADING_TIPS]);
		expect(loadingTip(start + TIP_SECONDS - 0.01)).toBe(LOADING_TIPS[0]);
		expect(loadingTip(start + TIP_SECONDS * LOADING_TIPS.size())).toBe(LOADING_TIPS[0]);
		expect(new Set(shown).size()).toBe(LOADING_TIPS.size());
	});
});
