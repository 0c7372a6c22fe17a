import { Document } from "shared/migrations/migration";

/**
 * What a player's key holds before ProfileStore touches it:
 * - missing: nothing (a new player), or only the global updates ProfileStore keeps for a profile not created yet;
 * - envelope: ProfileStore's own `{ Data, MetaData, GlobalUpdates, ... }`, its document in `document`;
 * - bare: a document stored without the envelope (an older server saved the data table itself);
 * - unreadable: anything else, which ProfileStore would replace with the template in its first write.
 */
export type StoredValue =
	| { kind: "missing" }
	| { kind: "envelope"; document: Document }
	| { kind: "bare"; document: Document }
	| { kind: "unreadable"; reason: string };

const ENVELOPE_FIELDS = ["Data", "MetaData", "GlobalUpdates"] as const;

/** True for a table whose keys are all strings (what a document is); false for lists and mixed tables. */
function isDictionary(value: object): boolean {
	for (const [key] of pairs(value)) if (!typeIs(key, "string")) return false;
	return true;
}

/**
 * Classifies a raw stored value with the same envelope test ProfileStore's load makes (Data, MetaData and
 * GlobalUpdates all tables), so that whatever ProfileStore would overwrite is caught here first.
 */
export function classifyStoredValue(value: unknown): StoredValue {
	if (value === undefined) return { kind: "missing" };
	if (!typeIs(value, "table")) return { kind: "unreadable", reason: `a ${typeOf(value)} where a profile belongs` };
	const fields = value as Record<string, unknown>;
	const present = ENVELOPE_FIELDS.filter((field) => fields[field] !== undefined);
	const tables = ENVELOPE_FIELDS.filter((field) => typeIs(fields[field], "table"));
	if (tables.size() === ENVELOPE_FIELDS.size()) {
		const document = fields.Data as object;
		if (!isDictionary(document)) return { kind: "unreadable", reason: "a profile whose Data is not a dictionary" };
		return { kind: "envelope", document: document as Document };
	}
	// ProfileStore's own shape for global updates sent to a profile that does not exist yet: it keeps them.
	if (present.size() === 1 && tables.includes("GlobalUpdates")) return { kind: "missing" };
	if (!present.isEmpty()) {
		const broken = ENVELOPE_FIELDS.filter((field) => !tables.includes(field)).join(", ");
		return { kind: "unreadable", reason: `a broken profile envelope (${broken} missing or not a table)` };
	}
	if (!isDictionary(value)) return { kind: "unreadable", reason: "a list where a profile dictionary belongs" };
	return { kind: "bare", document: fields as Document };
}
