import { DataStoreService, MemoryStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { rankEntries } from "shared/leaderboards/ranking";
import { RequestBudget } from "../request-budget";
import { scoreStore, storedEntries } from "../stores";

/**
 * A finished season's snapshot, written once for the whole experience.
 *
 * 1. Lease: a MemoryStore sorted map item "<board>:<season>" (create.roblox.com/docs/cloud-services/memory-stores/
 *    sorted-map) taken with UpdateAsync: the transform refuses when another server holds an unexpired lease or the
 *    snapshot is marked done. The lease expires after LEASE_SECONDS, so a server that dies holding it is replaced.
 * 2. The holder reads the season's top (GetSortedAsync, SNAPSHOT_SIZE rows) and appends it to the board's history key
 *    with DataStore:UpdateAsync, whose transform cancels when the season is already there: a retry, or a second
 *    holder after an expired lease, changes nothing. History keeps the last MAX_HISTORICAL_ENTRIES seasons.
 * 3. The lease item is marked done (kept a week), so later attempts stop at step 1. A season without scores is marked
 *    done without a history entry.
 */
export interface HistoryEntry {
	readonly season: string;
	/** [userId, encoded] pairs, best first. */
	readonly top: [number, number][];
	/** Unix seconds when the snapshot was written. */
	readonly at: number;
}

interface Lease {
	readonly owner: string;
	readonly done?: boolean;
}

const DONE_SECONDS = 7 * 86400;

/** Every board's history, one key per board. */
const historyStore = () => DataStoreService.GetDataStore(LEADERBOARD_CONFIG.HISTORY_STORE);

/** "empty": the season had no scores, so nothing is appended (and it is marked done like a written one). */
export type SnapshotOutcome = "written" | "already" | "empty" | "leased-elsewhere" | "deferred" | "failed";

export class SeasonSnapshots {
	readonly counters = { written: 0, already: 0, leasedElsewhere: 0, failures: 0 };
	lastError?: string;

	constructor(
		private readonly budget: RequestBudget,
		private readonly owner: string,
	) {}

	private leases() {
		return MemoryStoreService.GetSortedMap(LEADERBOARD_CONFIG.LEASE_MAP);
	}

	/** Takes the lease; "done" when the snapshot is known written, false when another server holds it. */
	private takeLease(id: string): boolean | "done" {
		let done = false;
		const result = this.leases().UpdateAsync(
			id,
			(old) => {
				done = false;
				const lease = old as Lease | undefined;
				if (lease !== undefined && lease.done === true) {
					done = true;
					return undefined;
				}
				if (lease !== undefined && lease.owner !== this.owner) return undefined;
				return { owner: this.owner } satisfies Lease;
			},
			LEADERBOARD_CONFIG.LEASE_SECONDS,
		);
		if (done) return "done";
		return result !== undefined;
	}

	private markDone(id: string) {
		this.leases().SetAsync(id, { owner: this.owner, done: true } satisfies Lease, DONE_SECONDS);
	}

	/** Writes the snapshot of `season` for `board` if nobody has (yields). Safe to call again after any outcome. */
	take(board: string, season: string, ignoreShare = false): SnapshotOutcome {
		const id = `${board}:${season}`;
		const [ok, outcome] = pcall((): SnapshotOutcome => {
			const lease = this.takeLease(id);
			if (lease === "done") return "already";
			if (!lease) return "leased-elsewhere";
			if (!this.budget.tryTake(["sorted", "read", "write"], ignoreShare)) return "deferred";
			const pages = scoreStore(board, season).GetSortedAsync(false, LEADERBOARD_CONFIG.SNAPSHOT_SIZE);
			const entries = storedEntries(pages.GetCurrentPage());
			if (entries.size() === 0) {
				this.markDone(id);
				return "empty";
			}
			const top = rankEntries(entries).map((entry): [number, number] => [entry.userId, entry.encoded]);
			let appended = false;
			// The DataStore API takes the transform's results as a tuple (value, user ids, metadata).
			/* eslint-disable roblox-ts/no-user-defined-lua-tuple */
			historyStore().UpdateAsync<HistoryEntry[], HistoryEntry[]>(board, (old) => {
				appended = false;
				const list = old ?? [];
				if (list.some((entry) => entry.season === season)) return $tuple(undefined);
				// In season order, whatever order the servers catch up in (season ids sort as their seasons).
				const upcoming = [...list, { season, top, at: os.time() }];
				upcoming.sort((a, b) => a.season < b.season);
				while (upcoming.size() > LEADERBOARD_CONFIG.MAX_HISTORICAL_ENTRIES) upcoming.remove(0);
				appended = true;
				return $tuple(upcoming);
			});
			/* eslint-enable roblox-ts/no-user-defined-lua-tuple */
			this.markDone(id);
			return appended ? "written" : "already";
		});
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(outcome);
			return "failed";
		}
		if (outcome === "written") this.counters.written += 1;
		else if (outcome === "already" || outcome === "empty") this.counters.already += 1;
		else if (outcome === "leased-elsewhere") this.counters.leasedElsewhere += 1;
		return outcome;
	}

	/** A board's history, oldest first (yields; one GetAsync within the budget share). */
	read(board: string): HistoryEntry[] | undefined {
		if (!this.budget.tryTake(["read"])) return undefined;
		const [ok, result] = pcall(() => historyStore().GetAsync<HistoryEntry[]>(board)[0]);
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(result);
			return undefined;
		}
		return result ?? [];
	}
}
