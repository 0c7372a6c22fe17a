import { describe, expect, it } from "@rbxts/jest-globals";
import { DEFAULT_PLAYER_DATA, MAX_REMEMBERED_RECEIPTS } from "./player-data";
import { addCoins, hasReceipt, recordReceipt } from "./player-data-updates";

describe("player data updates", () => {
	it("adds coins without mutating the input and never below zero", () => {
		const before = { ...DEFAULT_PLAYER_DATA, coins: 5 };
		const after = addCoins(before, 10);
		expect(after.coins).toBe(15);
		expect(before.coins).toBe(5);
		expect(addCoins(before, -50).coins).toBe(0);
	});

	it("refuses NaN and infinite amounts", () => {
		expect(() => addCoins(DEFAULT_PLAYER_DATA, 0 / 0)).toThrow("not a finite amount");
		expect(() => addCoins(DEFAULT_PLAYER_DATA, math.huge)).toThrow("not a finite amount");
	});

	it("records a receipt once and keeps only the newest ones", () => {
		let data = DEFAULT_PLAYER_DATA;
		for (let index = 1; index <= MAX_REMEMBERED_RECEIPTS + 5; index++) data = recordReceipt(data, `p${index}`);
		expect(data.receipts.size()).toBe(MAX_REMEMBERED_RECEIPTS);
		expect(hasReceipt(data, "p1")).toBe(false);
		expect(hasReceipt(data, `p${MAX_REMEMBERED_RECEIPTS + 5}`)).toBe(true);
		expect(recordReceipt(data, "p50")).toBe(data);
	});
});
