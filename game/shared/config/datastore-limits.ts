/**
 * The DataStore request budgets a server gets, as documented
 * (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits): requests per minute of
 * base + perPlayer · n, per modern request type. The enum page says the legacy values "should not be used"
 * (create.roblox.com/docs/reference/engine/enums/DataStoreRequestType); each kind keeps the legacy value its calls
 * were counted under before, for engines that still answer only that one.
 */
export type RequestKind = "orderedWrite" | "sorted" | "read" | "write";

export interface RequestRate {
	readonly base: number;
	readonly perPlayer: number;
	readonly type: Enum.DataStoreRequestType;
	readonly legacy: Enum.DataStoreRequestType;
}

export const DATASTORE_RATES: Readonly<Record<RequestKind, RequestRate>> = {
	orderedWrite: {
		base: 30,
		perPlayer: 5,
		type: Enum.DataStoreRequestType.OrderedWrite,
		legacy: Enum.DataStoreRequestType.SetIncrementSortedAsync,
	},
	sorted: {
		base: 5,
		perPlayer: 2,
		type: Enum.DataStoreRequestType.OrderedList,
		legacy: Enum.DataStoreRequestType.GetSortedAsync,
	},
	read: {
		base: 60,
		perPlayer: 40,
		type: Enum.DataStoreRequestType.StandardRead,
		legacy: Enum.DataStoreRequestType.GetAsync,
	},
	write: {
		base: 60,
		perPlayer: 40,
		type: Enum.DataStoreRequestType.StandardWrite,
		legacy: Enum.DataStoreRequestType.SetIncrementAsync,
	},
};

export const REQUEST_KINDS: readonly RequestKind[] = ["orderedWrite", "sorted", "read", "write"];

export function ratePerMinute(kind: RequestKind, players: number): number {
	const rate = DATASTORE_RATES[kind];
	return rate.base + rate.perPlayer * players;
}

/**
 * The engine's budget for a kind: the modern type's, or the legacy value's while the modern one reports 0. The
 * OrderedList entry of the enum page still carries a sentence from when the modern types were "not yet active" and
 * answered 0; should a server still answer so, the legacy budget stands in instead of a budget of nothing. Where
 * both are live (as in the engine, where a legacy value reports the modern budgets its calls spend) a 0 is a 0.
 */
export function engineBudgetOf(kind: RequestKind, ask: (requestType: Enum.DataStoreRequestType) => number): number {
	const modern = ask(DATASTORE_RATES[kind].type);
	return modern > 0 ? modern : ask(DATASTORE_RATES[kind].legacy);
}
