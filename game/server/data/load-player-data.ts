import ProfileStore from "@rbxts/profile-store";
import { Players } from "@rbxts/services";
import { DATA_CONFIG, DATA_MESSAGES, MIGRATION_CONFIG } from "shared/config/data";
import { DEFAULT_PLAYER_DATA } from "shared/data/player-data";
import { isStoredPlayerData, StoredPlayerData } from "shared/data/player-data-guard";
import { MigrationRun } from "shared/events";
import { reconcile, repairTypes } from "shared/migrations/document";
import { CURRENT_VERSION, MIGRATIONS } from "shared/migrations/index";
import { Document } from "shared/migrations/migration";
import { migrateDocument } from "shared/migrations/runner";
import { backupBeforeMigration } from "./backup-store";

export type PlayerProfile = ProfileStore.Profile<StoredPlayerData>;

export type LoadResult =
	| { ok: true; profile: PlayerProfile; run: MigrationRun }
	| { ok: false; reason: string; message: string; run?: MigrationRun };

export const PROFILE_TEMPLATE: StoredPlayerData = {
	...DEFAULT_PLAYER_DATA,
	version: CURRENT_VERSION,
	compatibleVersion: CURRENT_VERSION,
};

export function profileKey(userId: number) {
	return `${DATA_CONFIG.profileKeyPrefix}${userId}`;
}

/**
 * The join path, in order: start the session (cancelled if the player leaves), migrate a copy, back up the original
 * before its first migration, reconcile missing fields, repair wrong types, validate with the guard. Only when all of
 * that succeeds does the profile get the new data; on any failure the session ends with the stored data untouched.
 */
export function loadPlayerData(
	store: ProfileStore.Store<StoredPlayerData>,
	player: Player,
	now: () => number,
): LoadResult {
	const userId = player.UserId;
	const startedAt = now();
	// With a Cancel callback ProfileStore retries without its own timeout, so the timeout is part of the condition.
	const profile = store.StartSessionAsync(profileKey(userId), {
		Cancel: () => player.Parent !== Players || now() - startedAt > DATA_CONFIG.loadTimeoutSeconds,
	});
	if (profile === undefined) {
		const left = player.Parent !== Players;
		return {
			ok: false,
			reason: left
				? "the player left while the profile was loading"
				: `the profile session could not be started within ${DATA_CONFIG.loadTimeoutSeconds} s`,
			message: DATA_MESSAGES.loadFailed,
		};
	}
	const refuse = (reason: string, message: string, run?: MigrationRun): LoadResult => {
		// Ending the session saves profile.Data, which still holds exactly what was loaded.
		profile.EndSession();
		return { ok: false, reason, message, run };
	};
	if (player.Parent !== Players)
		return refuse("the player left while the profile was loading", DATA_MESSAGES.loadFailed);
	profile.AddUserId(userId);

	const original = profile.Data as unknown as Document;
	const outcome = migrateDocument(original, MIGRATIONS, CURRENT_VERSION);
	const run = (result: MigrationRun["outcome"], fromVersion: number, toVersion: number, reason?: string) =>
		({
			userId,
			fromVersion,
			toVersion,
			outcome: result,
			reason,
			duration: now() - startedAt,
			at: now(),
		}) as MigrationRun;

	if (outcome.kind === "refused-newer") {
		const reason = `data version ${outcome.version} needs a server of version ${outcome.compatibleVersion} or newer`;
		return refuse(reason, DATA_MESSAGES.newerVersion, run("refused", outcome.version, CURRENT_VERSION, reason));
	}
	if (outcome.kind === "failed") {
		const reason = `migration to version ${outcome.version} failed: ${outcome.reason}`;
		return refuse(
			reason,
			DATA_MESSAGES.migrationFailed,
			run("failed", outcome.fromVersion, outcome.version, reason),
		);
	}
	const migrated = outcome.kind === "ready" && outcome.applied.size() > 0;
	const fromVersion = outcome.kind === "ready" ? outcome.fromVersion : outcome.version;
	if (migrated && MIGRATION_CONFIG.enableBackupBeforeMigration) {
		const backupError = backupBeforeMigration(userId, fromVersion, original);
		if (backupError !== undefined) {
			return refuse(
				backupError,
				DATA_MESSAGES.loadFailed,
				run("failed", fromVersion, CURRENT_VERSION, backupError),
			);
		}
	}

	const data = outcome.data;
	reconcile(data, PROFILE_TEMPLATE as unknown as Document);
	const repaired = repairTypes(data, PROFILE_TEMPLATE as unknown as Document);
	if (repaired.size() > 0) {
		warn(`[PlayerData] repaired ${repaired.join(", ")} for user ${userId} (wrong types in stored data)`);
	}
	if (!isStoredPlayerData(data)) {
		const reason = "stored data does not match the declared shape after repair";
		return refuse(reason, DATA_MESSAGES.corrupt, run("refused", fromVersion, CURRENT_VERSION, reason));
	}
	if (player.Parent !== Players)
		return refuse("the player left while the profile was loading", DATA_MESSAGES.loadFailed);

	profile.Data = data;
	return {
		ok: true,
		profile,
		run: run(migrated ? "migrated" : "current", fromVersion, data.version),
	};
}
