// Conformance of the DateTime data type, in the spec's DataModel and on a peer's virtual clock.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

// create.roblox.com/docs/reference/engine/datatypes/DateTime
describe("DateTime", () => {
	// create.roblox.com/docs/reference/engine/datatypes/DateTime#fromUniversalTime
	// create.roblox.com/docs/reference/engine/datatypes/DateTime#ToIsoDate
	it("fromUniversalTime builds the UTC moment that ToIsoDate and UnixTimestamp describe", () => {
		const moment = DateTime.fromUniversalTime(2020, 1, 2, 10, 30, 45);
		expect(moment.ToIsoDate()).toBe("2020-01-02T10:30:45Z");
		expect(moment.UnixTimestamp).toBe(1577961045);
		expect(moment.UnixTimestampMillis).toBe(1577961045000);
		expect(DateTime.fromUniversalTime().UnixTimestampMillis).toBe(0);
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime#fromUniversalTime
	it("fromUniversalTime carries out-of-range time units and rounds non-integers down", () => {
		expect(DateTime.fromUniversalTime(2020, 1, 1, 0, 90).ToIsoDate()).toBe("2020-01-01T01:30:00Z");
		expect(DateTime.fromUniversalTime(2020, 1, 1, 0, 0, -10).ToIsoDate()).toBe("2019-12-31T23:59:50Z");
		expect(DateTime.fromUniversalTime(2020, 1, 1, 2.5).ToIsoDate()).toBe("2020-01-01T02:00:00Z");
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime#fromUniversalTime
	it("fromUniversalTime raises an error for a date that does not exist", () => {
		expect(() => DateTime.fromUniversalTime(2021, 1, 32)).toThrow();
		expect(() => DateTime.fromUniversalTime(2021, 2, 29)).toThrow();
		expect(() => DateTime.fromUniversalTime(2021, 13, 1)).toThrow();
		expect(DateTime.fromUniversalTime(2020, 2, 29).ToIsoDate()).toBe("2020-02-29T00:00:00Z");
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime#ToUniversalTime
	it("ToUniversalTime splits the moment into its fields", () => {
		const fields = DateTime.fromUnixTimestampMillis(1577961045123).ToUniversalTime();
		expect(fields).toEqual({ Year: 2020, Month: 1, Day: 2, Hour: 10, Minute: 30, Second: 45, Millisecond: 123 });
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime#FormatUniversalTime
	it("FormatUniversalTime replaces date and time tokens and keeps other characters", () => {
		const moment = DateTime.fromUniversalTime(2024, 3, 5, 7, 8, 9, 45);
		expect(moment.FormatUniversalTime("YYYY-MM-DD HH:mm:ss.SSS", "en-us")).toBe("2024-03-05 07:08:09.045");
		expect(moment.FormatUniversalTime("dddd, MMMM D", "en-us")).toBe("Tuesday, March 5");
		expect(moment.FormatUniversalTime("ddd MMM YY", "en-us")).toBe("Tue Mar 24");
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime#fromIsoDate
	it("fromIsoDate parses what ToIsoDate writes and returns nil for other text", () => {
		const moment = DateTime.fromUniversalTime(1999, 12, 31, 23, 59, 59);
		expect(DateTime.fromIsoDate(moment.ToIsoDate())?.UnixTimestampMillis).toBe(moment.UnixTimestampMillis);
		expect(DateTime.fromIsoDate("yesterday")).toBe(undefined);
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime
	it("two DateTimes are equal when their UnixTimestampMillis are, and tostring gives that timestamp", () => {
		const a = DateTime.fromUnixTimestamp(86400);
		const b = DateTime.fromUniversalTime(1970, 1, 2);
		expect(a === b).toBe(true);
		expect(a === DateTime.fromUnixTimestampMillis(86400001)).toBe(false);
		expect(tostring(a)).toBe("86400000");
	});

	// create.roblox.com/docs/reference/engine/datatypes/DateTime#now
	it("DateTime.now follows the virtual clock", () => {
		const peer = getEngine().createPeer();
		const elapsed = peer.run(`
			local before = DateTime.now().UnixTimestampMillis
			task.wait(3)
			return DateTime.now().UnixTimestampMillis - before
		`) as number;
		expect(elapsed).toBeGreaterThanOrEqual(3000);
		expect(elapsed).toBeLessThan(3000 + 17);
	});
});
