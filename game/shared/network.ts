import { Networking } from "@flamework/networking";
import { UiRegion } from "./analytics/ui-regions";
import { EntityValue } from "./config/entities";
import { SettingChange } from "./data/settings";
import { RejectionKind } from "./remotes/rejection";

/**
 * Every remote, typed, in one place. Flamework generates a guard for each argument from these types and runs it first,
 * so a call with the wrong shape is refused before the server's middleware (its rate limits) and before any handler;
 * the server then applies rate limits and game rules. Every client-to-server remote gets a rate limit by default.
 *
 * Actions whose name starts with `secure` are server-only functions and never appear here: a client cannot name them.
 */
export interface ClientToServerEvents {
	sync: {
		/** First state after join, and again after a missed patch (the client's only way to read its state whole). */
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
}

export interface ServerToClientEvents {
	sync: {
		/**
		 * A snapshot or patch of the state this client may see. Its form belongs to the sync (Altair's: one buffer in
		 * its codec's form; charm-sync's: a list of payload tables), so the client's sync checks it, not this type.
		 */
		payload(data: unknown): void;
	};
	actions: {
		/**
		 * A request was refused: the client rolls back what it applied optimistically. `message` is the short text
		 * for the kind (shared/remotes/rejection.ts), never anything the client sent.
		 */
		rejected(action: string, message: string, kind: RejectionKind): void;
		/** Something the player earned, for a toast. */
		rewarded(reason: string, coins: number): void;
	};
}

/** The remotes of a set of namespaces, named "namespace.event". */
export type RemoteNamesOf<Events> = {
	[N in keyof Events & string]: `${N}.${keyof Events[N] & string}`;
}[keyof Events & string];

/**
 * Client-to-server namespaces a game declares in a networking of its own (its own `Networking.createEvent`), merged in
 * here with `declare module "shared/network"` so that rate limits and refusals accept their names. The server guards
 * such a networking like this one (server/network/server-events.ts: guardRemotes).
 */
export interface GameClientToServerEvents {}

/** A client-to-server remote as the server's code names it: "namespace.event". */
export type RemoteName = RemoteNamesOf<ClientToServerEvents> | RemoteNamesOf<GameClientToServerEvents>;

/** A server-to-client remote, named the same way. */
export type ClientRemoteName = RemoteNamesOf<ServerToClientEvents>;

export const GlobalEvents = Networking.createEvent<ClientToServerEvents, ServerToClientEvents>();
