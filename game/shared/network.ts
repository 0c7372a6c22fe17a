import { Networking } from "@flamework/networking";
import { UiRegion } from "./analytics/ui-regions";
import { EntityValue } from "./config/entities";
import { SettingChange } from "./data/settings";

/**
 * Every remote, typed, in one place. Flamework generates a guard for each argument from these types, so a call with
 * the wrong shape is rejected before any handler runs (and logged); the server adds rate limits and game rules.
 *
 * Actions whose name starts with `secure` are server-only functions and never appear here: a client cannot name them.
 */
interface ClientToServerEvents {
	sync: {
		/** First state after join, and again after a missed patch (the design's GetPlayerData / GetGameData). */
		requestSnapshot(): void;
	};
	settings: {
		/** Change one saved setting; validated, applied to the player's data and synced back. */
		change(change: SettingChange): void;
	};
	entities: {
		/** Propose new values for the fields of an entity that its kind lets clients change. */
		propose(id: string, baseVersion: number, changes: Record<string, EntityValue>): void;
	};
	// demo:begin
	demo: {
		/** Where the player is (headless players and bots have no character); checked against the speed limit. */
		move: Networking.Unreliable<(position: Vector3) => void>;
		/** Pick up a collectible: distance, round phase and first-come are checked on the server. */
		collect(entityId: string): void;
		/** Touch a course checkpoint: the server checks the player is there and times the run. */
		courseCheckpoint(checkpoint: "start" | "finish"): void;
	};
	// demo:end
	ui: {
		/** A region of this client's UI failed to render and shows its fallback (the region's name, never the error). */
		reportError(region: UiRegion): void;
	};
	admin: {
		/** Flush the sync and leaderboards and save every profile now (admins only; refused for anyone else). */
		forceSync(): void;
		/** Re-run one migration on every online player's data, with the join path's safety (admins only). */
		forceMigration(version: number): void;
	};
	// demo:begin
	shop: {
		/** Ask to buy a cosmetic with coins; the server runs the secure purchase. */
		requestPurchase(itemId: string): void;
		equip(itemId: string): void;
	};
	// demo:end
}

interface ServerToClientEvents {
	sync: {
		/** A snapshot or patch of the state this client may see, in the sync codec's binary form. */
		payload(data: buffer): void;
	};
	actions: {
		/** An action was refused: the client rolls back what it applied optimistically. */
		rejected(action: string, reason: string): void;
		/** Something the player earned, for a toast. */
		rewarded(reason: string, coins: number): void;
	};
}

export const GlobalEvents = Networking.createEvent<ClientToServerEvents, ServerToClientEvents>();
