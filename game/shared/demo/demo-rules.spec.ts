import { describe, expect, it } from "@rbxts/jest-globals";
import { DEFAULT_PLAYER_DATA } from "shared/data/player-data";
import { addScore, advancePhase, INITIAL_ROUND, placements } from "./round-rules";
import { applyCosmeticPurchase, checkCosmeticPurchase } from "./shop-rules";

describe("round rules", () => {
	it("cycles intermission, playing, results with the configured durations", () => {
		const playing = advancePhase(INITIAL_ROUND, 100);
		expect(playing.phase).toBe("playing");
		expect(playing.number).toBe(1);
		const results = advancePhase(addScore(addScore(playing, 5, 3), 7, 9), 220);
		expect(results.phase).toBe("results");
		expect(results.lastWinner).toBe(7);
		expect(advancePhase(results, 226).phase).toBe("intermission");
	});

	it("places by score, ties to the lower UserId, and leaves out zero scores", () => {
		expect(placements({ "9": 5, "3": 5, "4": 8, "6": 0 })).toEqual([4, 3, 9]);
	});
});

describe("shop rules", () => {
	const rich = { ...DEFAULT_PLAYER_DATA, coins: 1000 };

	it("sells an item once, for its price, in one update", () => {
		const check = checkCosmeticPurchase(rich, "crown");
		expect(check).toEqual({ ok: true, price: 750 });
		const bought = applyCosmeticPurchase(rich, "crown", 750);
		expect(bought.coins).toBe(250);
		expect(bought.cosmetics.owned).toEqual(["crown"]);
		expect(checkCosmeticPurchase(bought, "crown").ok).toBe(false);
	});

	it("refuses unknown items and purchases without the coins", () => {
		expect(checkCosmeticPurchase(rich, "spaceship")).toEqual({ ok: false, kind: "no-such-item" });
		expect(checkCosmeticPurchase({ ...rich, coins: 10 }, "cap")).toEqual({ ok: false, kind: "not-enough-coins" });
		// The refusal is a fixed kind: nothing of the client's item id is in it.
		expect(checkCosmeticPurchase(rich, string.rep("x", 100000))).toEqual({ ok: false, kind: "no-such-item" });
	});
});
