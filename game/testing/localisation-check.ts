import { Localiser, TextArgs } from "shared/localisation/localiser";

/** A localiser that remembers every string it made, and the strings it made. */
export interface RecordingLocaliser {
	readonly localiser: Localiser;
	readonly made: ReadonlySet<string>;
}

/**
 * Wraps a localiser so that every text, number, percentage and clock it returns is remembered: what the UI then shows
 * must be among them, or it did not come from the LocalizationTable.
 */
export function recordingLocaliser(inner: Localiser): RecordingLocaliser {
	const made = new Set<string>();
	const keep = (text: string) => {
		made.add(text);
		return text;
	};
	// The key itself comes back for a string no table has: that is not a string of the table.
	const text = (key: string, args?: TextArgs) => {
		const result = inner.text(key, args);
		return result === key ? result : keep(result);
	};
	return {
		made,
		localiser: {
			locale: inner.locale,
			text,
			number: (value) => keep(inner.number(value)),
			percent: (fraction) => keep(inner.percent(fraction)),
			clock: (seconds) => keep(inner.clock(seconds)),
		},
	};
}

/**
 * Every text on screen under `roots` that the localiser did not make, as "<path>: <text>" (empty texts are nothing
 * shown). A component that renders a literal, or a string the table does not have, is listed.
 */
export function untranslatedTexts(roots: ReadonlyArray<Instance>, made: ReadonlySet<string>): string[] {
	const found: string[] = [];
	for (const root of roots) {
		for (const descendant of [root, ...root.GetDescendants()]) {
			if (!descendant.IsA("TextLabel") && !descendant.IsA("TextButton") && !descendant.IsA("TextBox")) continue;
			const shown = descendant.Text;
			if (shown !== "" && !made.has(shown)) found.push(`${descendant.GetFullName()}: ${shown}`);
		}
	}
	return found;
}
