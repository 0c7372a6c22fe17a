import { DataStoreService, MemoryStoreService, Players } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { RefresherLease } from "./refresher-lease";
import { adoptable, decodeTops, encodeTops, FetchedTop } from "./shared-tops-codec";

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/** A shared copy is adopted while younger than one refresh interval: the bound every board is held to. */
const FRESH_FOR = LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER;

/**
 * The boards' tops shared across the experience, so that one server reads the store for all of them.
 *
 * The refresher (RefresherLease) reads its boards on the schedule as any server does and, after each successful
 * fetch, writes every board's latest fetched top to one MemoryStore hash map item
 * (create.roblox.com/docs/reference/engine/classes/MemoryStoreHashMap). Every other server with players reads that
 * item every SHARED_TOPS_POLL seconds and adopts each board whose copy is fresh (see adoptable) into its cache, which
 * also moves that board's own next read to when the copy would go stale. A board without a fresh copy (no refresher
 * yet, the refresher died, MemoryStore failing) is simply not adopted: the server reads it itself when it comes due,
 * so a failover costs one interval of per-server reads, never a stale board.
 */
export class SharedTops {
	readonly lease: RefresherLease;
	/** This server's latest fetch of each board (whoever is the refresher: a new one shares them at once). */
	private readonly fetched = new Map<string, FetchedTop>();
	private lastPoll = -math.huge;
	private polling = false;
	private publishing = false;
	private publishAgain = false;
	/** The last read of the item found every board fresh: someone else is refreshing. */
	private allFresh = false;
	private limitRaised = false;
	readonly counters = { polls: 0, adopted: 0, published: 0, failures: 0 };
	lastError?: string;

	constructor(
		private readonly cache: BoardCache,
		private readonly registry: BoardRegistry,
		owner: string,
		private readonly clock: () => number = () => os.clock(),
		private readonly unix: () => number = unixNow,
	) {
		this.lease = new RefresherLease(owner, clock);
		this.lease.onGained = () => this.publish();
		cache.onFetched = (board, top) => this.record(board, top);
	}

	private map() {
		return MemoryStoreService.GetHashMap(LEADERBOARD_CONFIG.SHARED_TOPS_MAP);
	}

	/** Once a second, from the service's clock. */
	tick() {
		const occupied = Players.GetPlayers().size() > 0;
		this.raiseOrderedList(this.lease.held());
		// Only the refresher reads the store on a schedule that leaves room for the item's round trip.
		this.cache.jitter = this.lease.held() ? LEADERBOARD_CONFIG.REFRESHER_JITTER : LEADERBOARD_CONFIG.CACHE_JITTER;
		if (!occupied) {
			// An empty server reads nothing, so it must not keep the experience's boards waiting on it.
			if (this.lease.held()) task.spawn(() => this.lease.release());
			return;
		}
		this.lease.tick(!this.allFresh);
		if (this.polling || this.clock() - this.lastPoll < LEADERBOARD_CONFIG.SHARED_TOPS_POLL) return;
		this.polling = true;
		this.lastPoll = this.clock();
		task.spawn(() => {
			this.poll();
			this.polling = false;
		});
	}

	/** The refresher reads for the whole experience, so it may spend more than a server's default share. */
	private raiseOrderedList(raise: boolean) {
		if (this.limitRaised === raise) return;
		this.limitRaised = raise;
		const limit = raise ? LEADERBOARD_CONFIG.REFRESHER_ORDERED_LIST : LEADERBOARD_CONFIG.ORDERED_LIST_DEFAULT;
		pcall(() =>
			DataStoreService.SetRateLimitForRequestType(
				Enum.DataStoreRequestType.OrderedList,
				limit.base,
				limit.perPlayer,
			),
		);
	}

	private record(board: string, top: FetchedTop) {
		this.fetched.set(board, top);
		if (this.lease.held()) this.publish();
	}

	/** Reads the shared item and adopts every fresh board (yields). */
	private poll() {
		const [ok, value] = pcall(() => this.map().GetAsync(LEADERBOARD_CONFIG.SHARED_TOPS_KEY));
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(value);
			this.allFresh = false;
			return;
		}
		this.counters.polls += 1;
		const tops = decodeTops(value);
		const now = this.unix();
		const refresher = this.lease.held();
		let allFresh = true;
		for (const [name, season] of this.registry.seasons) {
			const top = tops.get(name);
			const fresh = top !== undefined && adoptable(top, season.id, now, FRESH_FOR);
			if (!fresh) allFresh = false;
			if (!fresh || refresher) continue;
			const cached = this.cache.get(name);
			const ownAge = this.cache.age(name);
			const ownAt = cached !== undefined && ownAge !== undefined ? now - ownAge : undefined;
			if (!adoptable(top, season.id, now, FRESH_FOR, ownAt)) continue;
			if (this.cache.adopt(name, top, now - top.at, FRESH_FOR)) {
				this.counters.adopted += 1;
				this.registry.changed = true;
			}
		}
		this.allFresh = allFresh;
	}

	/** Writes this server's fetched tops of the current seasons to the shared item (yields; one write at a time). */
	private publish() {
		if (this.publishing) {
			this.publishAgain = true;
			return;
		}
		this.publishing = true;
		do {
			this.publishAgain = false;
			const current = new Map<string, FetchedTop>();
			for (const [name, top] of this.fetched) {
				if (this.registry.seasons.get(name)?.id === top.season) current.set(name, top);
			}
			if (current.size() === 0) break;
			const { value } = encodeTops(current);
			const [ok, problem] = pcall(() =>
				this.map().SetAsync(
					LEADERBOARD_CONFIG.SHARED_TOPS_KEY,
					value,
					LEADERBOARD_CONFIG.SHARED_TOPS_EXPIRATION,
				),
			);
			if (ok) this.counters.published += 1;
			else {
				this.counters.failures += 1;
				this.lastError = tostring(problem);
			}
		} while (this.publishAgain && this.lease.held());
		this.publishing = false;
	}
}
