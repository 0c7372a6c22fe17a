import { describe, expect, it } from "@rbxts/jest-globals";
import { BOARDS, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { claimLease } from "./refresher-lease";
import { adoptable, decodeTops, encodedSize, encodeTops, FetchedTop, SHARED_VALUE_LIMIT } from "./shared-tops-codec";

// The largest numbers a row can hold: user ids run past ten digits, and encoded values are integers up to 2^53 (a
// Time board stores them negated).
function fullTop(season: string, at: number): FetchedTop {
	const entries: { userId: number; encoded: number }[] = [];
	for (let index = 0; index < LEADERBOARD_CONFIG.FETCH_SIZE; index++) {
		entries.push({ userId: 99_999_999_999 - index, encoded: -(2 ** 53) + index });
	}
	return { season, at, complete: false, entries };
}

// A MemoryStore value holds at most 32 KB (create.roblox.com/docs/cloud-services/memory-stores#limits-and-quotas).
describe("shared tops: the encoded value", () => {
	it("holds every board's full fetch under 32 KB, and reads back what was written", () => {
		const tops = new Map<string, FetchedTop>();
		BOARDS.forEach((board, index) => tops.set(board.name, fullTop(`2026-W${index}`, 1_800_000_000.25 + index)));
		const { value, left } = encodeTops(tops);
		expect(left).toEqual([]);
		expect(encodedSize(value)).toBeLessThan(SHARED_VALUE_LIMIT);
		const back = decodeTops(value);
		for (const [name, top] of tops) {
			const read = back.get(name)!;
			expect([read.season, read.at, read.complete]).toEqual([top.season, top.at, top.complete]);
			expect(read.entries).toEqual(top.entries);
		}
	});

	it("leaves out the oldest fetches when the boards do not fit, never going over the limit", () => {
		const tops = new Map<string, FetchedTop>();
		for (let index = 0; index < 20; index++) tops.set(`board${index}`, fullTop("all", 1000 + index));
		const { value, left } = encodeTops(tops);
		expect(encodedSize(value)).toBeLessThanOrEqual(SHARED_VALUE_LIMIT);
		expect(left.size()).toBeGreaterThan(0);
		expect(left[0]).toBe("board0");
		expect(decodeTops(value).has("board19")).toBe(true);
	});

	it("skips malformed boards instead of half-reading them", () => {
		const back = decodeTops({
			good: { s: "all", t: 5, c: true, r: [1, 10, 2, 9] },
			odd: { s: "all", t: 5, c: true, r: [1, 10, 2] },
			wrongType: { s: "all", t: "5", c: true, r: [] },
			strings: { s: "all", t: 5, c: true, r: ["1", 10] },
		});
		expect(back.get("good")?.entries).toEqual([
			{ userId: 1, encoded: 10 },
			{ userId: 2, encoded: 9 },
		]);
		expect(back.size()).toBe(1);
		expect(decodeTops("not a table").size()).toBe(0);
	});
});

describe("shared tops: what a server adopts", () => {
	const top: FetchedTop = { season: "2026-W49", at: 1000, complete: true, entries: [] };
	it("adopts a copy of its board's season younger than one interval, newer than its own", () => {
		expect(adoptable(top, "2026-W49", 1039, 40)).toBe(true);
		expect(adoptable(top, "2026-W49", 1040, 40)).toBe(false);
		expect(adoptable(top, "2026-W49", 1010, 40, 990)).toBe(true);
		expect(adoptable(top, "2026-W49", 1010, 40, 1000)).toBe(false);
		expect(adoptable(top, "2026-W49", 1010, 40, 1005)).toBe(false);
	});

	it("never adopts a copy of another season, however fresh (a rollover's finished season)", () => {
		expect(adoptable(top, "2026-W50", 1001, 40)).toBe(false);
		expect(adoptable({ ...top, season: "2026-W50" }, "2026-W49", 1001, 40)).toBe(false);
	});
});

describe("refresher lease: the claim", () => {
	it("goes to a server when free or already its own, never over another holder", () => {
		expect(claimLease(undefined, "a")).toEqual({ owner: "a" });
		expect(claimLease({ owner: "a" }, "a")).toEqual({ owner: "a" });
		expect(claimLease({ owner: "b" }, "a")).toBeUndefined();
		expect(claimLease("garbage", "a")).toEqual({ owner: "a" });
	});
});
