import { DataStoreService } from "@rbxts/services";
import { DATASTORE_RATES, engineBudgetOf, ratePerMinute, REQUEST_KINDS } from "shared/config/datastore-limits";

export interface BudgetReading {
	/** Requests the engine has left now. */
	readonly left: number;
	/** The documented budget for a minute at this server's player count. */
	readonly perMinute: number;
	/** The share of a minute's budget already spent (0..1). */
	readonly used: number;
}

/** How much of each DataStore budget this server has spent, per modern request type (datastore-limits.ts). */
export function dataStoreBudgets(players: number): Record<string, BudgetReading> {
	const result: Record<string, BudgetReading> = {};
	for (const kind of REQUEST_KINDS) {
		const perMinute = ratePerMinute(kind, players);
		const left = engineBudgetOf(kind, (requestType) => {
			const [ok, budget] = pcall(() => DataStoreService.GetRequestBudgetForRequestType(requestType));
			return ok ? budget : 0;
		});
		result[DATASTORE_RATES[kind].type.Name] = { left, perMinute, used: math.clamp(1 - left / perMinute, 0, 1) };
	}
	return result;
}
