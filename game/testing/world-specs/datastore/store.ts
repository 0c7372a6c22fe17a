/**
 * Helpers for the DataStore specs: the world's store backend (.lune/world/store-backend.luau), read raw and counted,
 * bypassing budgets, latency, caches and faults.
 */
import type { World, WorldServer } from "../../world";

export interface StoreCounts {
	readonly requests: Record<string, number>;
	/** Requests that waited for the server's budget (the throttle queue). */
	readonly throttled: number;
	/** Writes that waited for the 6 s interval between writes to one key. */
	readonly sameKeyWaits: number;
	readonly errors: number;
	readonly cacheHits: number;
}

export interface StoreCounters extends StoreCounts {
	readonly servers: Record<string, StoreCounts>;
}

export interface StoreBackend {
	readRaw(this: StoreBackend, store: string, key: string, scope?: string): unknown;
	writeRaw(this: StoreBackend, store: string, key: string, value: unknown, scope?: string): void;
	counters(this: StoreBackend): StoreCounters;
}

interface WorldInternals {
	readonly world: { readonly services: { datastore?: StoreBackend } };
}

/** The world's store backend; a budget query on `server` makes it exist when no request has yet. */
export function storeOf(world: World, server: WorldServer): StoreBackend {
	const services = (world as unknown as WorldInternals).world.services;
	if (services.datastore === undefined) {
		server.run(
			`game:GetService("DataStoreService"):GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetAsync)`,
		);
	}
	return services.datastore!;
}

/** Luau that defines `store` (DataStore "Spec") for a snippet. */
export const STORE = `local DataStoreService = game:GetService("DataStoreService")
local store = DataStoreService:GetDataStore("Spec")
local noCache = Instance.new("DataStoreGetOptions")
noCache.UseCache = false
`;
