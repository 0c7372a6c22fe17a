import ProfileStore from "@rbxts/profile-store";
import { Players } from "@rbxts/services";
import { DATA_CONFIG, DATA_MESSAGES, MIGRATION_CONFIG } from "shared/config/data";
import { PreparedDocument, prepareDocument, PROFILE_TEMPLATE } from "shared/data/prepare-document";
import { StoredPlayerData } from "shared/data/player-data-guard";
import { classifyStoredValue } from "shared/data/stored-value";
import { MigrationRun } from "shared/events";
import { CURRENT_VERSION } from "shared/migrations/index";
import { Document } from "shared/migrations/migration";
import { backupBeforeMigration, backupBeforeRepair, backupUnreadable } from "./backup-store";
import { JoinDeadline } from "./join-deadline";
import { profilesAreInDataStore, readRawProfile, wrapBareDocument } from "./raw-profile";

export { PROFILE_TEMPLATE };

export type PlayerProfile = ProfileStore.Profile<StoredPlayerData>;

export type LoadFailure = { ok: false; reason: string; message: string; run?: MigrationRun };
export type LoadResult = { ok: true; profile: PlayerProfile; run: MigrationRun } | LoadFailure;

export function profileKey(userId: number) {
	return `${DATA_CONFIG.profileKeyPrefix}${userId}`;
}

const LEFT = "the player left while the profile was loading";

/** Why a prepared document cannot be used, and what the player is told. */
function refusalOf(prepared: Exclude<PreparedDocument, { kind: "ready" }>) {
	if (prepared.kind === "refused-newer") return { outcome: "refused", message: DATA_MESSAGES.newerVersion } as const;
	if (prepared.kind === "failed") return { outcome: "failed", message: DATA_MESSAGES.migrationFailed } as const;
	return { outcome: "refused", message: DATA_MESSAGES.corrupt } as const;
}

/**
 * The join path, in order, all under one deadline: read the raw key and classify it before ProfileStore may write it
 * (an unreadable value is backed up and refused; a bare document is prepared, backed up verbatim and wrapped in an
 * envelope); start the session; prepare the stored document (migrate a copy, reconcile, repair, guard); back up the
 * original before its first migration. Only when all of that succeeds does the profile get the new data; on any
 * failure the session ends with the stored data untouched.
 */
export function loadPlayerData(
	store: ProfileStore.Store<StoredPlayerData>,
	player: Player,
	deadline: JoinDeadline,
	now: () => number,
): LoadResult {
	const userId = player.UserId;
	const key = profileKey(userId);
	const startedAt = now();
	const expired = () => deadline.expired();
	const run = (outcome: MigrationRun["outcome"], fromVersion: number, toVersion: number, reason?: string) =>
		({ userId, fromVersion, toVersion, outcome, reason, duration: now() - startedAt, at: now() }) as MigrationRun;
	const late = () => `the join took longer than ${deadline.seconds} s`;
	const refuseUnused = (prepared: Exclude<PreparedDocument, { kind: "ready" }>): LoadFailure => {
		const { outcome, message } = refusalOf(prepared);
		const toVersion = prepared.kind === "failed" ? prepared.version : CURRENT_VERSION;
		return {
			ok: false,
			reason: prepared.reason,
			message,
			run: run(outcome, prepared.fromVersion, toVersion, prepared.reason),
		};
	};

	if (profilesAreInDataStore(expired)) {
		const raw = readRawProfile(key, expired);
		if (!raw.ok)
			return { ok: false, reason: `${key} could not be read: ${raw.error}`, message: DATA_MESSAGES.loadFailed };
		const stored = classifyStoredValue(raw.value);
		if (stored.kind === "unreadable") {
			const reason = `${key} holds ${stored.reason}`;
			const backupError = backupUnreadable(userId, raw.value, reason);
			const logged =
				backupError === undefined ? `${reason} (copied to the backup store)` : `${reason}; ${backupError}`;
			return {
				ok: false,
				reason: logged,
				message: DATA_MESSAGES.corrupt,
				run: run("refused", 0, CURRENT_VERSION, logged),
			};
		}
		if (stored.kind === "bare") {
			// Checked before anything is written: a bare document this server cannot use stays exactly as it is.
			const prepared = prepareDocument(stored.document);
			if (prepared.kind !== "ready") return refuseUnused(prepared);
			const failure =
				backupBeforeMigration(userId, prepared.fromVersion, stored.document) ??
				wrapBareDocument(key, userId, stored.document, expired);
			if (failure !== undefined) {
				return {
					ok: false,
					reason: failure,
					message: DATA_MESSAGES.loadFailed,
					run: run("failed", prepared.fromVersion, CURRENT_VERSION, failure),
				};
			}
		}
	}
	if (expired()) return { ok: false, reason: late(), message: DATA_MESSAGES.loadFailed };

	// With a Cancel callback ProfileStore retries without its own timeout: the deadline is part of the condition.
	const profile = store.StartSessionAsync(key, { Cancel: () => player.Parent !== Players || expired() });
	if (profile === undefined) {
		const reason =
			player.Parent !== Players
				? LEFT
				: ProfileStore.IsClosing
					? "the server is shutting down"
					: `the profile session could not be started: ${late()}`;
		return { ok: false, reason, message: DATA_MESSAGES.loadFailed };
	}
	deadline.hold(profile);
	const refuse = (reason: string, message: string, result?: MigrationRun): LoadFailure => {
		// Ending the session saves profile.Data, which still holds exactly what was loaded.
		if (profile.IsActive()) profile.EndSession();
		return { ok: false, reason, message, run: result };
	};
	if (player.Parent !== Players) return refuse(LEFT, DATA_MESSAGES.loadFailed);
	profile.AddUserId(userId);

	const original = profile.Data as unknown as Document;
	const prepared = prepareDocument(original);
	if (prepared.kind !== "ready") {
		const refused = refuseUnused(prepared);
		return refuse(refused.reason, refused.message, refused.run);
	}
	const { data, fromVersion, migrated, repaired } = prepared;
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
	if (repaired.size() > 0) {
		warn(`[PlayerData] repaired ${repaired.join(", ")} for user ${userId} (wrong types in stored data)`);
		// The defaults replace stored values at the first save: what they replace is copied first, or nothing is
		// (a migrated document's copy from before its migration already holds them).
		const backupError =
			MIGRATION_CONFIG.enableBackupBeforeMigration && !migrated
				? backupBeforeRepair(userId, data.version, original, repaired)
				: undefined;
		if (backupError !== undefined) {
			return refuse(
				backupError,
				DATA_MESSAGES.loadFailed,
				run("failed", fromVersion, CURRENT_VERSION, backupError),
			);
		}
	}
	if (player.Parent !== Players) return refuse(LEFT, DATA_MESSAGES.loadFailed);
	if (expired() || !profile.IsActive()) {
		return refuse(late(), DATA_MESSAGES.loadFailed, run("failed", fromVersion, CURRENT_VERSION, late()));
	}

	profile.Data = data;
	return { ok: true, profile, run: run(migrated ? "migrated" : "current", fromVersion, data.version) };
}
