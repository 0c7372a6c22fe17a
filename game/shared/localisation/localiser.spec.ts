import { describe, expect, it } from "@rbxts/jest-globals";
import { createLocaliser, TextArgs, TranslatorLike } from "./localiser";
import { fillParameters, SOURCE_LOCALE, sourceTranslator } from "./source-translator";
import { seasonText, timeLeftText } from "./season-text";

const ENTRIES = [
	{ Key: "Format.Thousands", Source: "," },
	{ Key: "Format.Percent", Source: "{1}%" },
	{ Key: "Format.Clock", Source: "{minutes}:{seconds}" },
	{ Key: "Hello", Source: "Hello {name}, {1}" },
	{ Key: "Season.Week", Source: "Week {week}, {year}" },
	{ Key: "Season.Month", Source: "{month} {year}" },
	{ Key: "Month.3", Source: "Mar" },
	{ Key: "Season.AllTime", Source: "All time" },
	{ Key: "Season.Other", Source: "{id}" },
	{ Key: "Time.DaysHours", Source: "{d}d {h}h" },
	{ Key: "Time.HoursMinutes", Source: "{h}h {m}m" },
	{ Key: "Time.MinutesSeconds", Source: "{m}m {s}s" },
	{ Key: "Time.Seconds", Source: "{s}s" },
];

/** A Spanish translator over a fixed table, as the engine's Translator would format it. */
function spanish(): TranslatorLike {
	const texts: Record<string, string> = {
		"Format.Thousands": ".",
		"Format.Percent": "{1} %",
		"Format.Clock": "{minutes}:{seconds}",
		"Time.Seconds": "{s} s",
	};
	return {
		LocaleId: "es-es",
		FormatByKey(key: string, args?: TextArgs) {
			const text = texts[key];
			if (text === undefined) error(`no key ${key}`);
			return fillParameters(key, text, args);
		},
	};
}

describe("Localiser", () => {
	it("formats numbers, percentages and clocks with the table's strings for the locale", () => {
		const english = createLocaliser(sourceTranslator(() => ENTRIES));
		expect(english.locale).toBe(SOURCE_LOCALE);
		expect(english.number(1234567)).toBe("1,234,567");
		expect(english.percent(0.5)).toBe("50%");
		expect(english.clock(65)).toBe("1:05");
		expect(english.clock(-3)).toBe("0:00");
		expect(english.clock(9.2)).toBe("0:10");
		const es = createLocaliser(spanish());
		expect(es.locale).toBe("es-es");
		expect(es.number(1250)).toBe("1.250");
		expect(es.number(-1234567)).toBe("-1.234.567");
		expect(es.percent(0.8)).toBe("80 %");
		expect(es.clock(120)).toBe("2:00");
	});

	it("fills positional and named arguments, and shows the key (reported once) for a string it cannot make", () => {
		const reports: string[] = [];
		const localiser = createLocaliser(
			sourceTranslator(() => ENTRIES),
			(message) => reports.push(message),
		);
		expect(localiser.text("Hello", { name: "Ana", 1: "x" } as unknown as TextArgs)).toBe("Hello Ana, x");
		expect(localiser.text("Missing.Key")).toBe("Missing.Key");
		expect(localiser.text("Missing.Key")).toBe("Missing.Key");
		expect(localiser.text("Hello", { name: "Ana" })).toBe("Hello");
		expect(reports.size()).toBe(2);
		expect(reports[0].find("Missing.Key")[0]).toBeDefined();
	});

	it("falls back to a comma when the table has no thousands separator", () => {
		const localiser = createLocaliser(
			sourceTranslator(() => []),
			() => undefined,
		);
		expect(localiser.number(4200)).toBe("4,200");
	});

	it("names seasons and the time left in them", () => {
		const english = createLocaliser(sourceTranslator(() => ENTRIES));
		expect(seasonText(english, "2026-W09")).toBe("Week 9, 2026");
		expect(seasonText(english, "2026-03")).toBe("Mar 2026");
		expect(seasonText(english, "all")).toBe("All time");
		expect(seasonText(english, "odd")).toBe("odd");
		expect(timeLeftText(english, undefined, 0)).toBe("");
		expect(timeLeftText(english, 100 + 3 * 86400 + 4 * 3600 + 5, 100)).toBe("3d 4h");
		expect(timeLeftText(english, 5 * 3600 + 12 * 60 + 30, 0)).toBe("5h 12m");
		expect(timeLeftText(english, 127, 0)).toBe("2m 7s");
		expect(timeLeftText(english, 42, 0)).toBe("42s");
		expect(timeLeftText(english, 10, 50)).toBe("0s");
		expect(timeLeftText(createLocaliser(spanish()), 42, 0)).toBe("42 s");
	});
});
