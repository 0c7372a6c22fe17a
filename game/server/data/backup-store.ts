import { DataStoreService } from "@rbxts/services";
import { DATA_CONFIG, MIGRATION_CONFIG } from "shared/config/data";
import { retryWithBackoff } from "shared/util/retry";

const random = new Random();

export function backupKey(userId: number, version: number) {
	return `${DATA_CONFIG.profileKeyPrefix}${userId}_v${version}`;
}

/**
 * Writes the player's data as it was before migrating away from `version`, once: an existing backup for that user and
 * version is never overwritten (a later copy could already contain a failed attempt's output). Retries transient
 * errors with backoff. Returns an error message when the backup could not be written.
 */
export function backupBeforeMigration(userId: number, version: number, document: object): string | undefined {
	const store = DataStoreService.GetDataStore(DATA_CONFIG.backupStoreName);
	const key = backupKey(userId, version);
	const result = retryWithBackoff(
		() =>
			store.UpdateAsync(key, (existing: unknown) => {
				// UpdateAsync's transform returns several values (value, user ids): Roblox's API, not ours.
				// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple
				if (existing !== undefined) return $tuple(undefined);
				// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple
				return $tuple(document, [userId]);
			}),
		{ ...MIGRATION_CONFIG, attempts: MIGRATION_CONFIG.maxAttempts, random: () => random.NextNumber() },
	);
	return result.ok ? undefined : `backup ${key} failed after ${result.attempts} attempts: ${result.error}`;
}

/** Reads a backup (for offline rollback and support). */
export function readBackup(userId: number, version: number): unknown {
	return DataStoreService.GetDataStore(DATA_CONFIG.backupStoreName).GetAsync(backupKey(userId, version))[0];
}
