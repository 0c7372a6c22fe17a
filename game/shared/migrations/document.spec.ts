import { describe, expect, it } from "@rbxts/jest-globals";
import { DEFAULT_PLAYER_DATA } from "../data/player-data";
import { deepCopy, reconcile, repairTypes } from "./document";
import { Document } from "./migration";

const defaults = () => deepCopy(DEFAULT_PLAYER_DATA) as unknown as Document;

describe("reconcile", () => {
	it("fills missing fields, nested ones included, and keeps existing values", () => {
		const data: Document = { coins: 12, stats: { points: 3 } };
		const filled = reconcile(data, defaults());
		expect(data.coins).toBe(12);
		expect((data.stats as Document).points).toBe(3);
		expect((data.stats as Document).rating).toBe(1000);
		expect(filled).toContain("stats.rating");
		expect(filled).toContain("settings");
		expect(filled).never.toContain("coins");
	});

	it("gives each profile its own copy of default tables", () => {
		const first: Document = {};
		const second: Document = {};
		reconcile(first, defaults());
		reconcile(second, defaults());
		((first.cosmetics as Document).owned as string[]).push("hat");
		expect(((second.cosmetics as Document).owned as string[]).size()).toBe(0);
	});
});

describe("repairTypes", () => {
	it("replaces wrongly typed values, NaN and infinities with defaults", () => {
		const data: Document = {
			coins: "lots",
			stats: { points: 0 / 0, wins: math.huge, rating: 1200 },
			settings: 5,
			receipts: [],
		};
		const repaired = repairTypes(data, defaults());
		expect(repaired).toEqual(expect.arrayContaining(["coins", "stats.points", "stats.wins", "settings"]));
		expect(data.coins).toBe(0);
		expect((data.stats as Document).rating).toBe(1200);
		expect((data.settings as Document).musicVolume).toBe(0.5);
	});
});
