import { describe, expect, it } from "@rbxts/jest-globals";
import { civilFromDays, daysFromCivil, missedSeasons, previousSeason, seasonOf, timeLeftChangesIn } from "./season";
import { createLocaliser } from "shared/localisation/localiser";
import { timeLeftText } from "shared/localisation/season-text";
import { sourceTranslator } from "shared/localisation/source-translator";

/** The time-left strings as the table's Source column has them (assets/localisation/altair.csv). */
const english = createLocaliser(
	sourceTranslator(() => [
		{ Key: "Time.DaysHours", Source: "{d}d {h}h" },
		{ Key: "Time.HoursMinutes", Source: "{h}h {m}m" },
		{ Key: "Time.MinutesSeconds", Source: "{m}m {s}s" },
		{ Key: "Time.Seconds", Source: "{s}s" },
	]),
);

const at = (year: number, month: number, day: number, hour = 0) =>
	daysFromCivil(year, month, day) * 86400 + hour * 3600;

describe("seasons", () => {
	it("converts civil dates both ways", () => {
		expect(daysFromCivil(1970, 1, 1)).toBe(0);
		expect(daysFromCivil(2026, 1, 1)).toBe(20454);
		expect(civilFromDays(20454)).toEqual({ year: 2026, month: 1, day: 1 });
		expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
	});

	it("names ISO weeks with the week-numbering year, Monday to Monday UTC", () => {
		// 2026-11-23 is a Monday in ISO week 48.
		const season = seasonOf("weekly", at(2026, 11, 25, 13));
		expect(season.id).toBe("2026-W48");
		expect(season.startsAt).toBe(at(2026, 11, 23));
		expect(season.endsAt).toBe(at(2026, 11, 30));
		expect(seasonOf("weekly", at(2026, 1, 1)).id).toBe("2026-W01");
		expect(seasonOf("weekly", at(2027, 1, 1)).id).toBe("2026-W53");
		expect(seasonOf("weekly", at(2025, 12, 29)).id).toBe("2026-W01");
		expect(seasonOf("weekly", at(2021, 1, 3)).id).toBe("2020-W53");
	});

	it("rolls over exactly at the UTC boundary", () => {
		const boundary = at(2026, 11, 30);
		expect(seasonOf("weekly", boundary - 1).id).toBe("2026-W48");
		expect(seasonOf("weekly", boundary).id).toBe("2026-W49");
		expect(seasonOf("monthly", at(2026, 12, 1) - 1).id).toBe("2026-11");
		expect(seasonOf("monthly", at(2026, 12, 1)).id).toBe("2026-12");
		expect(seasonOf("monthly", at(2026, 12, 31, 23)).endsAt).toBe(at(2027, 1, 1));
	});

	it("has one all-time season and previous seasons for the others", () => {
		expect(seasonOf("all-time", at(2030, 5, 5)).id).toBe("all");
		expect(seasonOf("all-time", 0).endsAt).toBeUndefined();
		expect(previousSeason("all-time", 0)).toBeUndefined();
		expect(previousSeason("monthly", at(2026, 1, 15))!.id).toBe("2025-12");
		expect(previousSeason("weekly", at(2026, 11, 25))!.id).toBe("2026-W47");
	});

	it("says when the time-left text next changes, so a board wakes once per shown step", () => {
		const random = new Random(48);
		const endsAt = at(2026, 11, 30);
		// The text a board shows (season-text.ts), so the wake-ups follow what is on screen.
		const text = (now: number) => timeLeftText(english, endsAt, now);
		for (let index = 0; index < 300; index++) {
			// Spread over every format: days, hours, minutes and seconds left, with fractional clocks.
			const now = endsAt - random.NextNumber(0.01, 3 * 86400) * random.NextNumber() ** 3;
			const changesIn = timeLeftChangesIn(endsAt, now);
			if (changesIn === math.huge) {
				// Under a second left: "0s" until the end, and after it.
				expect([text(now), text(endsAt + 5)]).toEqual(["0s", "0s"]);
				continue;
			}
			expect(text(now + changesIn - 0.001)).toBe(text(now));
			expect(text(now + changesIn + 0.001)).never.toBe(text(now));
		}
		expect(timeLeftChangesIn(endsAt, endsAt + 1)).toBe(math.huge);
		expect(timeLeftChangesIn(undefined, 0)).toBe(math.huge);
	});

	it("lists the finished seasons a history lacks, oldest first, bounded", () => {
		const now = at(2026, 11, 25);
		const ids = (seasons: { id: string }[]) => seasons.map((season) => season.id);
		expect(ids(missedSeasons("weekly", "2026-W44", now, 12))).toEqual(["2026-W45", "2026-W46", "2026-W47"]);
		expect(ids(missedSeasons("weekly", "2026-W47", now, 12))).toEqual([]);
		expect(ids(missedSeasons("weekly", undefined, now, 12))).toEqual(["2026-W47"]);
		expect(ids(missedSeasons("weekly", "2026-W30", now, 2))).toEqual(["2026-W46", "2026-W47"]);
		expect(ids(missedSeasons("monthly", "2025-11", at(2026, 1, 15), 12))).toEqual(["2025-12"]);
		expect(missedSeasons("all-time", undefined, now, 12)).toEqual([]);
	});
});
