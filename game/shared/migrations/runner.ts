import { deepCopy } from "./document";
import { Document, Migration } from "./migration";
import { callWithoutYielding } from "./no-yield";

/**
 * What loading a stored document leads to:
 * - ready: data in the current shape (migrated when `applied` is not empty);
 * - newer-compatible: written by a newer server whose shape this server can still read; used as it is, never downgraded;
 * - refused-newer: written by a newer server whose shape this server cannot read;
 * - failed: a migration step threw, yielded, returned nothing or failed its validation; nothing may be written.
 *   `step` names the step (its version and description).
 */
export type MigrationOutcome =
	| { kind: "ready"; data: Document; fromVersion: number; applied: number[] }
	| { kind: "newer-compatible"; data: Document; version: number }
	| { kind: "refused-newer"; version: number; compatibleVersion: number }
	| { kind: "failed"; fromVersion: number; version: number; step: string; reason: string };

function versionOf(document: Document, key: string, fallback: number): number {
	const value = document[key];
	return typeIs(value, "number") && value === value && value >= 1 && value % 1 === 0 ? value : fallback;
}

/**
 * Brings a stored document to `currentVersion` by applying every pending migration, in order, to a copy. The stored
 * document is never modified. A document without a version predates versioning: it is version `firstVersion`.
 */
export function migrateDocument(
	stored: Document,
	migrations: ReadonlyArray<Migration>,
	currentVersion: number,
	firstVersion = 1,
): MigrationOutcome {
	const fromVersion = versionOf(stored, "version", firstVersion);
	if (fromVersion > currentVersion) {
		const compatibleVersion = versionOf(stored, "compatibleVersion", fromVersion);
		if (compatibleVersion <= currentVersion) {
			return { kind: "newer-compatible", data: deepCopy(stored), version: fromVersion };
		}
		return { kind: "refused-newer", version: fromVersion, compatibleVersion };
	}

	let data = deepCopy(stored);
	let compatibleVersion = versionOf(stored, "compatibleVersion", fromVersion);
	const applied: number[] = [];
	for (const migration of migrations) {
		if (migration.version <= fromVersion || migration.version > currentVersion) continue;
		const failed = (reason: string): MigrationOutcome => ({
			kind: "failed",
			fromVersion,
			version: migration.version,
			step: `${migration.version} ("${migration.description}")`,
			reason,
		});
		// Steps and rules run where yielding is an error: a step that waits would hold the join (and the lock) open.
		const step = callWithoutYielding(() => migration.up(data));
		if (!step.ok) return failed(step.yielded ? `up yielded: ${step.error}` : `up threw: ${step.error}`);
		const result = step.value;
		if (!typeIs(result, "table")) return failed("up returned no table");
		for (const rule of migration.validate ?? []) {
			const checked = callWithoutYielding(() => rule(result));
			if (!checked.ok) {
				return failed(`validation failed: rule ${checked.yielded ? "yielded" : "threw"}: ${checked.error}`);
			}
			if (checked.value !== undefined) return failed(`validation failed: ${checked.value}`);
		}
		data = result;
		compatibleVersion = migration.backwardsCompatible === true ? compatibleVersion : migration.version;
		data.version = migration.version;
		data.compatibleVersion = compatibleVersion;
		applied.push(migration.version);
	}
	data.version = math.max(fromVersion, currentVersion);
	data.compatibleVersion = compatibleVersion;
	return { kind: "ready", data, fromVersion, applied };
}

/**
 * Takes a document back to `targetVersion` with the migrations' `down` steps (offline rollback). Fails when a step
 * between has no `down`.
 */
export function rollbackDocument(
	stored: Document,
	migrations: ReadonlyArray<Migration>,
	targetVersion: number,
	firstVersion = 1,
): { ok: true; data: Document } | { ok: false; reason: string } {
	const fromVersion = versionOf(stored, "version", firstVersion);
	let data = deepCopy(stored);
	for (let index = migrations.size() - 1; index >= 0; index--) {
		const migration = migrations[index];
		if (migration.version > fromVersion || migration.version <= targetVersion) continue;
		if (migration.down === undefined) {
			return { ok: false, reason: `migration ${migration.version} has no down step` };
		}
		const down = migration.down;
		const step = callWithoutYielding(() => down(data));
		if (!step.ok || !typeIs(step.value, "table")) {
			const reason = step.ok ? "it returned no table" : step.error;
			return { ok: false, reason: `down of ${migration.version} failed: ${reason}` };
		}
		data = step.value;
	}
	data.version = math.min(fromVersion, targetVersion);
	data.compatibleVersion = math.min(versionOf(stored, "compatibleVersion", fromVersion), targetVersion);
	return { ok: true, data };
}
