/**
 * Typed events between systems. Systems announce what happened here instead of calling into each other: the data layer
 * fires `playerDataLoaded`, the leaderboards and the integration layer listen.
 *
 * Each listener runs in its own thread (task.spawn), so one that yields or errors cannot hold up or break the others.
 */
export class TypedEvent<Arguments extends unknown[]> {
	private listeners = new Set<(...args: Arguments) => void>();

	connect(listener: (...args: Arguments) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	fire(...args: Arguments) {
		for (const listener of this.listeners) task.spawn(listener, ...args);
	}

	listenerCount() {
		return this.listeners.size();
	}
}

export interface MigrationRun {
	readonly userId: number;
	readonly fromVersion: number;
	readonly toVersion: number;
	readonly outcome: "migrated" | "failed" | "refused" | "current";
	readonly reason?: string;
	/** Seconds from the start of the load to the outcome. */
	readonly duration: number;
	readonly at: number;
}

export interface PurchaseRecord {
	readonly userId: number;
	readonly productId: number;
	readonly purchaseId: string;
}

export interface SeasonRollover {
	readonly board: string;
	readonly finishedSeason: string;
	readonly newSeason: string;
}

export const Events = {
	/** A player's data is loaded, migrated, validated and in the state layer. */
	playerDataLoaded: new TypedEvent<[player: Player]>(),
	/** A player's data could not be used; the player has been told why. */
	playerDataFailed: new TypedEvent<[player: Player, reason: string]>(),
	/** A load ran the migration runner (whatever the outcome). */
	migrationRan: new TypedEvent<[run: MigrationRun]>(),
	/** A developer product was granted and saved. */
	purchaseGranted: new TypedEvent<[purchase: PurchaseRecord]>(),
	/** A demo round ended: UserIds by placement, best first (for Elo ratings and the Wins board). */
	roundFinished: new TypedEvent<[placements: number[]]>(),
	/** A leaderboard season ended and its snapshot was written. */
	seasonRolled: new TypedEvent<[rollover: SeasonRollover]>(),
};
