/** A getter per sync key: what a client with that key is sent (an atom, a computed, or a plain getter). */
export type ServerSignals = Readonly<Record<string, () => unknown>>;

/** What the server's sync has sent since it started, counted where the payload is handed to the remote. */
export interface SyncTraffic {
	readonly payloads: number;
	readonly bytes: number;
}

/**
 * All that code outside server/sync may use of the server's sync. It is the part of Altair's SyncService that a
 * SyncService built on @rbxts/charm-sync offers too, so replacing sync-service.ts changes nothing for its consumers
 * (scripts/check-charm-sync compiles the game against such a file to prove it).
 */
export interface ServerSync {
	/** Sends these keys to this client from now on; may be called again with more keys. */
	addSignalsToClient(player: Player, signals: ServerSignals): void;
	/** Sends what changed now instead of at the next interval (the admins' force synchronization). */
	flush(): void;
	traffic(): SyncTraffic;
}
