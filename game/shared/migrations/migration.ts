/** A stored document: the data plus the version of its shape and the oldest version that can still read it. */
export interface StoredDocument {
	version: number;
	compatibleVersion: number;
	[field: string]: unknown;
}

export type Document = Record<string, unknown>;

/**
 * One step of the data's history: `up` turns data of `version - 1` into data of `version`.
 *
 * Rules (as in Lapis): `up` is a pure function of its argument (it may mutate that copy and return it, or return a new
 * table) and must return a table; `down` undoes it, for offline rollback only; `validate` checks the result of `up`
 * and returns a reason when it is wrong. `backwardsCompatible` says servers still on `version - 1` can read data of
 * this version (a field was only added), so they load it instead of refusing it.
 */
export interface Migration {
	readonly version: number;
	readonly description: string;
	readonly up: (data: Document) => Document;
	readonly down?: (data: Document) => Document;
	readonly validate?: ReadonlyArray<(data: Document) => string | undefined>;
	readonly backwardsCompatible?: boolean;
}
