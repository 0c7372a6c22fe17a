import { OnStart, Service } from "@flamework/core";
import { atom } from "@rbxts/charm";
import { ENTITY_KINDS, EntityValue } from "shared/config/entities";
import {
	ConflictStrategy,
	createEntity,
	EMPTY_ENTITY_STORE,
	EntityState,
	proposeUpdate,
	removeEntity,
	updateEntity,
} from "shared/replication/entities";
import { ServerEvents } from "server/network/server-events";
import { rejectRequest } from "server/network/rejections";
import { RejectionKind } from "shared/remotes/rejection";

/** Every entity of this server; the sync sends `entities` (without the history) to every client. */
export const entityStoreAtom = atom(EMPTY_ENTITY_STORE);
export const syncedEntities = () => entityStoreAtom().entities;

/**
 * Entity replication, as a thin layer over an atom and the sync: create and update entities (optionally on
 * behalf of a player), read a state with its version, and take client proposals for the fields a kind allows,
 * resolving conflicts by the kind's strategy.
 */
@Service()
export class EntityService implements OnStart {
	private readonly counters = { created: 0, updated: 0, removed: 0, proposals: 0, conflicts: 0, rejected: 0 };

	onStart() {
		ServerEvents.entities.propose.connect((player, id, baseVersion, changes) =>
			this.handleProposal(player, id, baseVersion, changes),
		);
	}

	createEntity(id: string, kind: string, state: EntityState, strategy?: ConflictStrategy) {
		const configured = ENTITY_KINDS[kind];
		entityStoreAtom((store) =>
			createEntity(store, id, kind, state, strategy ?? configured?.strategy ?? "ServerWins"),
		);
		this.counters.created += 1;
	}

	/** Returns the new version. */
	updateEntity(id: string, changes: EntityState, source?: Player): number {
		entityStoreAtom((store) => updateEntity(store, id, changes, source?.UserId));
		this.counters.updated += 1;
		return entityStoreAtom().entities[id].version;
	}

	removeEntity(id: string) {
		if (entityStoreAtom().entities[id] === undefined) return false;
		entityStoreAtom((store) => removeEntity(store, id));
		this.counters.removed += 1;
		return true;
	}

	/** The entity's state and version (version 0 when there is no such entity). */
	getEntityState(id: string): { state: EntityState | undefined; version: number } {
		const entity = entityStoreAtom().entities[id];
		return { state: entity?.state, version: entity?.version ?? 0 };
	}

	getHistory(id: string) {
		return entityStoreAtom().history[id] ?? [];
	}

	getReplicationStats() {
		let totalEntities = 0;
		for (const [_id] of pairs(entityStoreAtom().entities)) totalEntities += 1;
		return { totalEntities, ...this.counters };
	}

	private handleProposal(player: Player, id: string, baseVersion: number, changes: Record<string, EntityValue>) {
		this.counters.proposals += 1;
		const reject = (kind: RejectionKind, detail?: string) => {
			this.counters.rejected += 1;
			rejectRequest(player, "entities.propose", kind, detail);
		};
		const entity = entityStoreAtom().entities[id];
		const rules = entity && ENTITY_KINDS[entity.kind];
		if (entity === undefined || rules === undefined) return reject("no-such-entity", id);
		let fields = 0;
		for (const [field, value] of pairs(changes)) {
			fields += 1;
			const rule = rules.clientFields[field];
			if (rule === undefined || !rule(value)) return reject("field-not-allowed", `${entity.kind}.${field}`);
		}
		if (fields === 0) return reject("empty-change");
		const outcome = proposeUpdate(entityStoreAtom(), id, baseVersion, changes, player.UserId);
		if (outcome.conflict) this.counters.conflicts += 1;
		if (outcome.kind === "rejected") {
			return reject(outcome.conflict ? "changed-meanwhile" : "unknown-version", outcome.reason);
		}
		entityStoreAtom(outcome.store);
		this.counters.updated += 1;
	}
}
