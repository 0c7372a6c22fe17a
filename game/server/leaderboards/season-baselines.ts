import { DataStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { RequestBudget } from "./request-budget";
import { entryKey } from "./stores";

const baselineStore = () => DataStoreService.GetDataStore(LEADERBOARD_CONFIG.BASELINE_STORE);

/**
 * Seasonal boards that accumulate (Points, Wins) show what a player gained this season: the stat now minus the stat
 * when the season first saw the player (the baseline). The baseline is written once per board, season and player in a
 * regular DataStore (UpdateAsync keeps an existing one), so the season value is an absolute number any server can
 * recompute: retries and server hops never count a point twice.
 */
export class SeasonBaselines {
	private readonly known = new Map<string, number>();
	/** The stores are unreachable for good (store-access.ts): baselines live on this server only. */
	private localOnly = false;
	failures = 0;
	lastError?: string;

	constructor(private readonly budget: RequestBudget) {}

	/** From now on a baseline is the stat when this server first saw the player, kept here and never requested. */
	goLocal() {
		this.localOnly = true;
	}

	peek(board: string, season: string, userId: number): number | undefined {
		return this.known.get(entryKey(board, season, userId));
	}

	/** The baseline (yields): read it, or write `stat` as the baseline when there is none. Undefined on failure. */
	ensure(board: string, season: string, userId: number, stat: number): number | undefined {
		const key = entryKey(board, season, userId);
		const cached = this.known.get(key);
		if (cached !== undefined) return cached;
		if (this.localOnly) {
			this.known.set(key, stat);
			return stat;
		}
		if (!this.budget.tryTake(["read"])) return undefined;
		const [ok, result] = pcall(() => {
			const [stored] = baselineStore().GetAsync<number>(key);
			if (stored !== undefined) return stored;
			if (!this.budget.tryTake(["read", "write"])) return undefined;
			// The DataStore API takes the transform's results as a tuple (value, user ids, metadata).
			/* eslint-disable roblox-ts/no-user-defined-lua-tuple */
			const [written] = baselineStore().UpdateAsync<number, number>(key, (old) => $tuple(old ?? stat));
			/* eslint-enable roblox-ts/no-user-defined-lua-tuple */
			return written;
		});
		if (!ok) {
			this.failures += 1;
			this.lastError = tostring(result);
			return undefined;
		}
		if (result !== undefined) this.known.set(key, result);
		return result;
	}

	forget(userId: number) {
		const suffix = `_${userId}`;
		for (const [key] of this.known) {
			if (key.sub(-suffix.size()) === suffix) this.known.delete(key);
		}
	}
}
