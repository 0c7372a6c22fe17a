/**
 * A client-side mirror the sync writes into: called with the new value. Charm atoms are such functions (called with
 * no argument they read), and so is any setter.
 */
export type ClientSignal = (value?: unknown) => unknown;

/**
 * All that code outside client/sync may use of the client's sync. It is the part of Altair's SyncController that a
 * SyncController built on @rbxts/charm-sync offers too (scripts/check-charm-sync compiles the game against such a
 * file to prove it).
 */
export interface ClientSync {
	/** Binds keys to mirrors; keys bound after the first state arrived are filled too, not left empty. */
	addSignals(signals: Readonly<Record<string, ClientSignal>>): void;
}
