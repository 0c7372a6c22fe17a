import { describe, expect, it } from "@rbxts/jest-globals";
import { decodeValue, encodeValue, formatValue, mergeStored, rankEntries, writeModeOf } from "./ranking";

describe("ranking encoding", () => {
	it("stores integers; Time is negated so that the fastest sorts first", () => {
		expect(encodeValue("Points", 12.9)).toBe(12);
		expect(encodeValue("Time", 61234.4)).toBe(-61234);
		expect(decodeValue("Time", -61234)).toBe(61234);
		expect(decodeValue("Score", 88)).toBe(88);
		expect(encodeValue("Time", 61000)! > encodeValue("Time", 62000)!).toBe(true);
	});

	it("treats a Time of zero and non-finite values as no result", () => {
		expect(encodeValue("Time", 0)).toBeUndefined();
		expect(encodeValue("Points", 0 / 0)).toBeUndefined();
		expect(encodeValue("Score", math.huge)).toBeUndefined();
		expect(encodeValue("Rating", -20)).toBe(-20);
	});

	it("never lowers a stored best on best-of boards, sets the others", () => {
		expect(writeModeOf("Score")).toBe("best");
		expect(writeModeOf("Time")).toBe("best");
		expect(writeModeOf("Points")).toBe("set");
		expect(mergeStored("best", 50, 40)).toBeUndefined();
		expect(mergeStored("best", 50, 60)).toBe(60);
		expect(mergeStored("best", undefined, 1)).toBe(1);
		expect(mergeStored("best", encodeValue("Time", 5000), encodeValue("Time", 6000)!)).toBeUndefined();
		expect(mergeStored("set", 50, 40)).toBe(40);
		expect(mergeStored("set", 40, 40)).toBeUndefined();
	});
});

describe("ranking order and ties", () => {
	it("ranks highest first with ties sharing a rank, listed by user id", () => {
		const ranked = rankEntries([
			{ userId: 30, encoded: 5 },
			{ userId: 10, encoded: 9 },
			{ userId: 25, encoded: 5 },
			{ userId: 7, encoded: 1 },
			{ userId: 12, encoded: 5 },
		]);
		expect(ranked.map((entry) => `${entry.rank}:${entry.userId}`).join(" ")).toBe("1:10 2:12 2:25 2:30 5:7");
	});

	it("ranks Time lowest first through the encoding", () => {
		const times = [
			{ userId: 1, ms: 70000 },
			{ userId: 2, ms: 65000 },
			{ userId: 3, ms: 65000 },
			{ userId: 4, ms: 90000 },
		];
		const ranked = rankEntries(
			times.map((time) => ({ userId: time.userId, encoded: encodeValue("Time", time.ms)! })),
		);
		expect(ranked.map((entry) => `${entry.rank}:${decodeValue("Time", entry.encoded)}`).join(" ")).toBe(
			"1:65000 1:65000 3:70000 4:90000",
		);
	});

	it("formats times as minutes and seconds", () => {
		expect(formatValue("Time", 65432)).toBe("1:05.432");
		expect(formatValue("Time", 9500)).toBe("9.500s");
		expect(formatValue("Points", 12)).toBe("12");
	});
});
