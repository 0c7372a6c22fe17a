import { DataStoreService } from "@rbxts/services";
import { DATA_CONFIG, MIGRATION_CONFIG } from "shared/config/data";
import { retryWithBackoff } from "shared/util/retry";

const random = new Random();

export function backupKey(userId: number, version: number) {
	return `${DATA_CONFIG.profileKeyPrefix}${userId}_v${version}`;
}

/** Where a document is kept, as it was, before wrongly typed fields of it at `version` were replaced by defaults. */
export function repairBackupKey(userId: number, version: number) {
	return `${DATA_CONFIG.profileKeyPrefix}${userId}_repaired_v${version}`;
}

/** Where a value that is no readable profile is kept, verbatim, for support to look at. */
export function unreadableBackupKey(userId: number) {
	return `${DATA_CONFIG.profileKeyPrefix}${userId}_unreadable`;
}

/**
 * Writes `value` under `key` in the backup store, once: an existing backup is never overwritten (a later copy could
 * already contain a failed attempt's output). Retries transient errors with backoff. `metadata` goes into the key's
 * DataStore metadata, beside the value, so the value itself stays exactly what was copied. Returns an error message
 * when the backup could not be written.
 */
function backupOnce(key: string, value: unknown, userId: number, metadata?: object): string | undefined {
	const store = DataStoreService.GetDataStore(DATA_CONFIG.backupStoreName);
	const result = retryWithBackoff(
		() =>
			store.UpdateAsync(key, (existing: unknown) => {
				// UpdateAsync's transform returns several values (value, user ids, metadata): Roblox's API, not ours.
				// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple
				if (existing !== undefined) return $tuple(undefined);
				// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple
				return $tuple(value, [userId], metadata);
			}),
		{ ...MIGRATION_CONFIG, attempts: MIGRATION_CONFIG.maxAttempts, random: () => random.NextNumber() },
	);
	return result.ok ? undefined : `backup ${key} failed after ${result.attempts} attempts: ${result.error}`;
}

/** Writes the player's data as it was before migrating away from `version` (or before wrapping it), once. */
export function backupBeforeMigration(userId: number, version: number, document: object): string | undefined {
	return backupOnce(backupKey(userId, version), document, userId);
}

/**
 * Copies a document, verbatim, before a repair replaces its wrongly typed fields with defaults (the value replaced may
 * be all a player had, say coins stored as a string), with the fields and when (Unix seconds), once per version.
 */
export function backupBeforeRepair(userId: number, version: number, document: object, fields: readonly string[]) {
	return backupOnce(repairBackupKey(userId, version), document, userId, {
		repaired: fields.join(", "),
		at: os.time(),
	});
}

/** Copies a value that is no readable profile, verbatim, with why it was refused and when (Unix seconds). */
export function backupUnreadable(userId: number, value: unknown, reason: string): string | undefined {
	return backupOnce(unreadableBackupKey(userId), value, userId, { reason, at: os.time() });
}

/** Reads a backup (for offline rollback and support). */
export function readBackup(userId: number, version: number): unknown {
	return DataStoreService.GetDataStore(DATA_CONFIG.backupStoreName).GetAsync(backupKey(userId, version))[0];
}
