/**
 * Replicated entities as plain data: versioned states, a bounded history, and conflict resolution
 * for updates proposed by clients. Pure functions over an immutable store; the server service wraps them in an atom
 * that the sync sends to every client.
 */
export type ConflictStrategy = "ServerWins" | "ClientWins" | "Merge";

export type EntityState = Readonly<Record<string, unknown>>;

export interface Entity {
	readonly id: string;
	readonly kind: string;
	readonly state: EntityState;
	readonly version: number;
	readonly strategy: ConflictStrategy;
}

export interface HistoryEntry {
	readonly version: number;
	readonly state: EntityState;
	/** UserId of the player whose proposal made this version; undefined for the server's own updates. */
	readonly source?: number;
}

export interface EntityStore {
	readonly entities: Readonly<Record<string, Entity>>;
	readonly history: Readonly<Record<string, ReadonlyArray<HistoryEntry>>>;
}

export const EMPTY_ENTITY_STORE: EntityStore = { entities: {}, history: {} };

/** How many past states an entity keeps, for late proposals to be checked against. */
export const MAX_STATE_HISTORY = 100;

function withHistory(store: EntityStore, entity: Entity, source: number | undefined, limit: number): EntityStore {
	const previous = store.history[entity.id] ?? [];
	const history = [...previous, { version: entity.version, state: entity.state, source }];
	while (history.size() > limit) history.remove(0);
	return {
		entities: { ...store.entities, [entity.id]: entity },
		history: { ...store.history, [entity.id]: history },
	};
}

export function createEntity(
	store: EntityStore,
	id: string,
	kind: string,
	state: EntityState,
	strategy: ConflictStrategy = "ServerWins",
	limit = MAX_STATE_HISTORY,
): EntityStore {
	if (store.entities[id] !== undefined) throw `entity ${id} already exists`;
	return withHistory(store, { id, kind, state, version: 1, strategy }, undefined, limit);
}

/** A server update: always applied; `changes` is merged field by field into the state. */
export function updateEntity(
	store: EntityStore,
	id: string,
	changes: EntityState,
	source?: number,
	limit = MAX_STATE_HISTORY,
): EntityStore {
	const entity = store.entities[id];
	if (entity === undefined) throw `entity ${id} does not exist`;
	const updated: Entity = { ...entity, state: { ...entity.state, ...changes }, version: entity.version + 1 };
	return withHistory(store, updated, source, limit);
}

export function removeEntity(store: EntityStore, id: string): EntityStore {
	const entities = table.clone(store.entities) as Record<string, Entity>;
	const history = table.clone(store.history) as Record<string, ReadonlyArray<HistoryEntry>>;
	delete entities[id];
	delete history[id];
	return { entities, history };
}

export type ProposalOutcome =
	| { readonly kind: "applied"; readonly store: EntityStore; readonly conflict: boolean }
	| { readonly kind: "rejected"; readonly reason: string; readonly conflict: boolean };

/**
 * A client's proposed change, based on the version it had seen. Without a conflict (nothing changed since that
 * version) it applies. With one, the entity's strategy decides: ServerWins rejects it (the client rolls back);
 * ClientWins applies it over the newer state; Merge applies the fields the server has not changed since the base
 * version and keeps the server's value for the others.
 */
export function proposeUpdate(
	store: EntityStore,
	id: string,
	baseVersion: number,
	changes: EntityState,
	source: number,
	limit = MAX_STATE_HISTORY,
): ProposalOutcome {
	const entity = store.entities[id];
	if (entity === undefined) return { kind: "rejected", reason: `entity ${id} does not exist`, conflict: false };
	if (baseVersion > entity.version || baseVersion < 1) {
		return { kind: "rejected", reason: `version ${baseVersion} is not a version of ${id}`, conflict: false };
	}
	if (baseVersion === entity.version) {
		return { kind: "applied", store: updateEntity(store, id, changes, source, limit), conflict: false };
	}
	if (entity.strategy === "ServerWins") {
		return { kind: "rejected", reason: `${id} changed since version ${baseVersion}`, conflict: true };
	}
	if (entity.strategy === "ClientWins") {
		return { kind: "applied", store: updateEntity(store, id, changes, source, limit), conflict: true };
	}
	const base = (store.history[id] ?? []).find((entry) => entry.version === baseVersion);
	if (base === undefined) {
		return {
			kind: "rejected",
			reason: `version ${baseVersion} of ${id} is no longer in the history`,
			conflict: true,
		};
	}
	const merged: Record<string, unknown> = {};
	let any = false;
	for (const [field, value] of pairs(changes)) {
		if (entity.state[field] === base.state[field]) {
			merged[field] = value;
			any = true;
		}
	}
	if (!any)
		return {
			kind: "rejected",
			reason: `every field of the change to ${id} was changed by the server`,
			conflict: true,
		};
	return { kind: "applied", store: updateEntity(store, id, merged, source, limit), conflict: true };
}
