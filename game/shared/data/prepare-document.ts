import { reconcile, repairTypes } from "shared/migrations/document";
import { CURRENT_VERSION, FIRST_VERSION, MIGRATIONS } from "shared/migrations/index";
import { Document } from "shared/migrations/migration";
import { migrateDocument } from "shared/migrations/runner";
import { DEFAULT_PLAYER_DATA } from "./player-data";
import { isStoredPlayerData, StoredPlayerData } from "./player-data-guard";

/** What a new profile starts with, and what reconcile and repairTypes fill from. */
export const PROFILE_TEMPLATE: StoredPlayerData = {
	...DEFAULT_PLAYER_DATA,
	version: CURRENT_VERSION,
	compatibleVersion: CURRENT_VERSION,
};

/**
 * What a stored document becomes on join:
 * - ready: usable data (`migrated` when a step ran, `repaired` lists fields replaced by defaults);
 * - refused-newer: written by a newer server whose shape this one cannot read;
 * - failed: a migration step threw, yielded, returned nothing or failed its validation;
 * - invalid: the result still does not match the declared shape after reconcile and repair.
 */
export type PreparedDocument =
	| { kind: "ready"; data: StoredPlayerData; fromVersion: number; migrated: boolean; repaired: string[] }
	| { kind: "refused-newer"; fromVersion: number; reason: string }
	| { kind: "failed"; fromVersion: number; version: number; reason: string }
	| { kind: "invalid"; fromVersion: number; reason: string };

/**
 * Migrates a copy of the document to this build's version, fills missing fields, repairs wrong types and checks the
 * result with the guard. Pure and without yielding: the join and the offline migration tool run exactly this, so the
 * tool's verdict on a dump is the join's verdict on the same documents.
 */
export function prepareDocument(document: Document): PreparedDocument {
	const outcome = migrateDocument(document, MIGRATIONS, CURRENT_VERSION, FIRST_VERSION);
	if (outcome.kind === "refused-newer") {
		const reason = `data version ${outcome.version} needs a server of version ${outcome.compatibleVersion} or newer`;
		return { kind: "refused-newer", fromVersion: outcome.version, reason };
	}
	if (outcome.kind === "failed") {
		const reason = `migration to version ${outcome.step} failed: ${outcome.reason}`;
		return { kind: "failed", fromVersion: outcome.fromVersion, version: outcome.version, reason };
	}
	const fromVersion = outcome.kind === "ready" ? outcome.fromVersion : outcome.version;
	const data = outcome.data;
	const template = PROFILE_TEMPLATE as unknown as Document;
	reconcile(data, template);
	const repaired = repairTypes(data, template);
	if (!isStoredPlayerData(data)) {
		return { kind: "invalid", fromVersion, reason: "stored data does not match the declared shape after repair" };
	}
	const migrated = outcome.kind === "ready" && outcome.applied.size() > 0;
	return { kind: "ready", data, fromVersion, migrated, repaired };
}
