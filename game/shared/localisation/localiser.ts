import { formatThousands } from "shared/util/format-number";

/** Arguments of a string: `{1}`, `{2}` from an array, `{name}` from a record. */
export type TextArgs = ReadonlyArray<string | number> | Readonly<Record<string, string | number>>;

/** What a localiser needs of Roblox's Translator (the engine's, or sourceTranslator's over the table's entries). */
export interface TranslatorLike {
	readonly LocaleId: string;
	FormatByKey(key: string, args?: TextArgs): string;
}

/**
 * Every text the UI shows, in the player's language: strings by their key in the place's LocalizationTable, and
 * numbers with the locale's digit grouping (itself a string of the table, so a new language column brings it).
 */
export interface Localiser {
	readonly locale: string;
	/** The string `key` with its parameters filled; the key itself when no table has it (and a warning, once). */
	readonly text: (key: string, args?: TextArgs) => string;
	/** An integer with the locale's thousands separator: 1250 -> "1,250" in English, "1.250" in Spanish. */
	readonly number: (value: number) => string;
	/** A fraction as a percentage: 0.5 -> "50%" in English, "50 %" in Spanish. */
	readonly percent: (fraction: number) => string;
	/** Seconds as minutes and seconds, "1:05"; negative counts as zero. */
	readonly clock: (seconds: number) => string;
}

/** The key of the locale's thousands separator (its Source is ","). */
export const THOUSANDS_KEY = "Format.Thousands";
/** The key of a percentage ("{1}%"). */
export const PERCENT_KEY = "Format.Percent";
/** The key of a clock ("{minutes}:{seconds}", the seconds always two digits). */
export const CLOCK_KEY = "Format.Clock";

/**
 * A Localiser over a translator. FormatByKey errors on a key no table has or an argument missing; the localiser then
 * shows the key, so a missing string is visible on screen and in the output instead of blanking the component.
 */
export function createLocaliser(translator: TranslatorLike, report: (message: string) => void = warn): Localiser {
	const reported = new Set<string>();
	const text = (key: string, args?: TextArgs): string => {
		const [ok, result] = pcall(() => translator.FormatByKey(key, args));
		if (ok) return result;
		if (!reported.has(key)) {
			reported.add(key);
			report(`[Localisation] ${key}: ${result}`);
		}
		return key;
	};
	let separator: string | undefined;
	return {
		locale: translator.LocaleId,
		text,
		number: (value) => {
			separator ??= text(THOUSANDS_KEY);
			return formatThousands(value, separator === THOUSANDS_KEY ? "," : separator);
		},
		percent: (fraction) => text(PERCENT_KEY, [math.round(fraction * 100)]),
		clock: (seconds) => {
			const whole = math.max(0, math.ceil(seconds));
			return text(CLOCK_KEY, { minutes: math.floor(whole / 60), seconds: "%02d".format(whole % 60) });
		},
	};
}
