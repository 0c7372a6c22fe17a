import { TextArgs, TranslatorLike } from "./localiser";

/** The parts of a LocalizationTable entry the source language needs. */
export interface SourceEntry {
	readonly Key?: string;
	readonly Source: string;
}

/** The locale id of the tables' Source column. */
export const SOURCE_LOCALE = "en-us";

/** `text` with its `{1}` / `{name}` parameters filled from `args`; errors on a parameter `args` lacks. */
export function fillParameters(key: string, text: string, args: TextArgs | undefined): string {
	const [filled] = string.gsub(text, "{([^{}]+)}", (name: string) => {
		const index = tonumber(name);
		const value =
			args === undefined
				? undefined
				: index !== undefined
					? (args as ReadonlyArray<string | number>)[index - 1]
					: (args as Readonly<Record<string, string | number>>)[name];
		if (value === undefined) error(`${key} needs the argument ${name}`);
		return tostring(value);
	});
	return filled;
}

/**
 * A translator into the source language, from the table's entries: what the UI uses when LocalizationService cannot
 * give a translator (its calls fail when the cloud table does not load) and before one has arrived. `entries` is read
 * on the first string, so the tables may be read lazily.
 */
export function sourceTranslator(entries: () => ReadonlyArray<SourceEntry>): TranslatorLike {
	let byKey: Map<string, string> | undefined;
	return {
		LocaleId: SOURCE_LOCALE,
		FormatByKey(key: string, args?: TextArgs) {
			if (byKey === undefined) {
				byKey = new Map();
				for (const entry of entries()) if (entry.Key !== undefined) byKey.set(entry.Key, entry.Source);
			}
			const source = byKey.get(key);
			if (source === undefined) error(`no localization table has the key ${key}`);
			return fillParameters(key, source, args);
		},
	};
}
