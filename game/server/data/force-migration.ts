import { Players } from "@rbxts/services";
import { DEFAULT_PLAYER_DATA, PlayerData } from "shared/data/player-data";
import { isStoredPlayerData, StoredPlayerData } from "shared/data/player-data-guard";
import { reconcile } from "shared/migrations/document";
import { migrateDocument } from "shared/migrations/runner";
import { MIGRATIONS } from "shared/migrations/index";
import { Document } from "shared/migrations/migration";
import { backupBeforeMigration } from "./backup-store";
import { PlayerDataService } from "./player-data-service";

export interface ForcedMigrationResult {
	readonly userId: number;
	readonly ok: boolean;
	readonly reason?: string;
}

/**
 * The design's forceMigration(version), an admin action: re-runs one migration's `up` on every online player's data,
 * with the join path's safety. Each player's data is copied, migrated, checked by the migration's rules and the
 * guard, and backed up (`Player_<UserId>_v<version>`, once) before the result replaces it; any failure leaves that
 * player's data as it was. The version fields are not changed.
 */
export function forceMigration(playerData: PlayerDataService, version: number): ForcedMigrationResult[] {
	const migration = MIGRATIONS.find((candidate) => candidate.version === version);
	if (migration === undefined) return [{ userId: 0, ok: false, reason: `no migration ${version}` }];
	const results: ForcedMigrationResult[] = [];
	for (const player of Players.GetPlayers()) {
		const profile = playerData.getProfile(player);
		const data = playerData.getData(player);
		if (profile === undefined || data === undefined) continue;
		const fail = (reason: string) => {
			warn(`[PlayerData] forced migration ${version} refused for user ${player.UserId}: ${reason}`);
			results.push({ userId: player.UserId, ok: false, reason });
		};
		const original = { ...data, version: profile.Data.version, compatibleVersion: profile.Data.compatibleVersion };
		// The join path's runner, on this one step: `up` on a copy, the step's rules (a throwing rule fails too).
		const base = migration.version - 1;
		const outcome = migrateDocument(
			{ ...(original as unknown as Document), version: base, compatibleVersion: base },
			[migration],
			migration.version,
		);
		if (outcome.kind !== "ready") {
			fail(outcome.kind === "failed" ? outcome.reason : `unexpected outcome ${outcome.kind}`);
			continue;
		}
		const migrated = outcome.data;
		reconcile(migrated, DEFAULT_PLAYER_DATA as unknown as Document);
		if (
			!isStoredPlayerData({
				...migrated,
				version: original.version,
				compatibleVersion: original.compatibleVersion,
			})
		) {
			fail("the result does not match the declared shape");
			continue;
		}
		const backupError = backupBeforeMigration(player.UserId, version, original);
		if (backupError !== undefined) {
			fail(backupError);
			continue;
		}
		const result = table.clone(migrated) as Partial<StoredPlayerData>;
		delete result.version;
		delete result.compatibleVersion;
		playerData.update(player, () => result as PlayerData);
		results.push({ userId: player.UserId, ok: true });
	}
	return results;
}
