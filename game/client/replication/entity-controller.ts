import { Controller } from "@flamework/core";
import { atom } from "@rbxts/charm";
import { EntityValue } from "shared/config/entities";
import { Entity } from "shared/replication/entities";
import { ClientEvents } from "client/network/client-events";

/** The entities the server replicates (synced under the `entities` key). */
export const entitiesAtom = atom<Readonly<Record<string, Entity>> | undefined>(undefined);

/** Proposes changes to entities; the server decides by the entity's conflict strategy and syncs the result. */
@Controller()
export class EntityController {
	propose(id: string, changes: Record<string, EntityValue>): boolean {
		const entity = entitiesAtom()?.[id];
		if (entity === undefined) return false;
		ClientEvents.entities.propose.fire(id, entity.version, changes);
		return true;
	}
}
