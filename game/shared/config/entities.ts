import { ConflictStrategy } from "shared/replication/entities";

/** A primitive a client may propose for an entity field. */
export type EntityValue = string | number | boolean;

export interface EntityKindConfig {
	readonly strategy: ConflictStrategy;
	/** Fields a client may propose, each with its rule; a kind without fields accepts no proposals. */
	readonly clientFields: Readonly<Record<string, (value: EntityValue) => boolean>>;
}

const isColorName = (value: EntityValue) => typeIs(value, "string") && ["red", "green", "blue", "gold"].includes(value);

/** Kinds of replicated entity in the demo, and what clients may change on them. */
export const ENTITY_KINDS: Readonly<Record<string, EntityKindConfig>> = {
	/** Coins and gems on the map: only the server changes them (collecting is an action, not a proposal). */
	collectible: { strategy: "ServerWins", clientFields: {} },
	/** The banner at spawn: any player may recolor it; concurrent recolors merge field by field. */
	banner: { strategy: "Merge", clientFields: { color: isColorName } },
};
