import { OnInit, Service } from "@flamework/core";
import { DataStoreService, MemoryStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { FRESHNESS_BOUND, TopRead } from "../board-cache";
import { LeaderboardService } from "../leaderboard-service";
import { LeaderboardCore, LeaderboardModule } from "../module";
import { RefresherLease } from "./refresher-lease";
import { adoptable, decodeTops, encodeTops, FetchedTop } from "./shared-tops-codec";

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/**
 * The boards' tops shared across the experience, so that one server reads the store for all of them.
 *
 * The refresher (RefresherLease) reads its boards on the schedule as any server does and, after each store read
 * (onRefresh), writes every board's latest read to one MemoryStore hash map item
 * (create.roblox.com/docs/reference/engine/classes/MemoryStoreHashMap). Every other server with players reads that
 * item every SHARED_TOPS_POLL seconds; a board with a newer fresh copy is made due, and the cache's refresh takes the
 * copy from readTop with its age. A board without a fresh copy (no refresher yet, the refresher died, MemoryStore
 * failing) gets no answer here: the server reads it itself when it comes due, so a failover costs one interval of
 * per-server reads, never a stale board.
 */
@Service()
export class SharedTops implements OnInit, LeaderboardModule {
	readonly name = "sharedTops";
	readonly lease = new RefresherLease(game.JobId);
	private core?: LeaderboardCore;
	/** This server's latest store read of each board (whoever is the refresher: a new one shares them at once). */
	private readonly fetched = new Map<string, FetchedTop>();
	/** Each board's copy from the latest read of the shared item. */
	private readonly shared = new Map<string, FetchedTop>();
	private lastPoll = -math.huge;
	private polling = false;
	private publishing = false;
	private publishAgain = false;
	/** The last read of the item found every board fresh: someone else is refreshing. */
	private allFresh = false;
	private limitRaised = false;
	private readonly random = new Random();
	readonly counters = { polls: 0, adopted: 0, published: 0, failures: 0 };
	lastError?: string;

	constructor(private readonly leaderboards: LeaderboardService) {}

	onInit() {
		this.lease.onGained = () => this.publish();
		this.leaderboards.use(this);
	}

	start(core: LeaderboardCore) {
		this.core = core;
	}

	private map() {
		return MemoryStoreService.GetHashMap(LEADERBOARD_CONFIG.SHARED_TOPS_MAP);
	}

	onTick(occupied: boolean) {
		this.raiseOrderedList(this.lease.held());
		if (!occupied) {
			// An empty server reads nothing, so it must not keep the experience's boards waiting on it.
			if (this.lease.held()) task.spawn(() => this.lease.release());
			return;
		}
		this.lease.tick(!this.allFresh);
		if (this.polling || os.clock() - this.lastPoll < LEADERBOARD_CONFIG.SHARED_TOPS_POLL) return;
		this.polling = true;
		this.lastPoll = os.clock();
		task.spawn(() => {
			this.poll();
			this.polling = false;
		});
	}

	/**
	 * The refresher reads with a short jitter, so that its next copy reaches every reader before their copy is one
	 * interval old. A reader that sees the shared tops live holds its own read to that bound: a copy newer than its
	 * read arrives before then, and taking it is what keeps the experience to one reader.
	 */
	refreshInterval(): number | undefined {
		if (this.lease.held())
			return (
				LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL +
				this.random.NextNumber() * LEADERBOARD_CONFIG.REFRESHER_JITTER
			);
		return this.allFresh ? FRESHNESS_BOUND : undefined;
	}

	/** A due board's shared copy when it is fresh, of the board's season and newer than what the cache holds. */
	readTop(board: string, season: string): TopRead | undefined {
		if (this.lease.held()) return undefined;
		const top = this.shared.get(board);
		const now = unixNow();
		if (top === undefined || !adoptable(top, season, now, FRESHNESS_BOUND, this.cachedAt(board))) return undefined;
		this.counters.adopted += 1;
		return { entries: top.entries, complete: top.complete, age: math.max(now - top.at, 0) };
	}

	onRefresh(board: string, season: string, read: TopRead) {
		this.fetched.set(board, { season, at: unixNow(), complete: read.complete, entries: read.entries });
		if (this.lease.held()) task.spawn(() => this.publish());
	}

	onShutdown() {
		task.spawn(() => this.lease.release());
	}

	stats() {
		// MemoryStore trouble only sends servers back to their own reads, so it is no error of the boards.
		return {
			errors: 0,
			counters: {
				refresher: this.lease.held(),
				...this.counters,
				lease: { ...this.lease.counters },
				lastError: this.lastError ?? this.lease.lastError,
			},
		};
	}

	/** Unix time of the cache's current top of a board (undefined before its first). */
	private cachedAt(board: string): number | undefined {
		const age = this.core?.cache.age(board);
		return age !== undefined ? unixNow() - age : undefined;
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

	/** Reads the shared item, keeps each board's copy, and makes due every board with a newer fresh one (yields). */
	private poll() {
		const core = this.core;
		if (core === undefined) return;
		const [ok, value] = pcall(() => this.map().GetAsync(LEADERBOARD_CONFIG.SHARED_TOPS_KEY));
		if (!ok) {
			this.counters.failures += 1;
			this.lastError = tostring(value);
			this.allFresh = false;
			return;
		}
		this.counters.polls += 1;
		const tops = decodeTops(value);
		const now = unixNow();
		let allFresh = true;
		for (const board of core.boards()) {
			const top = tops.get(board.name);
			const season = core.season(board.name)?.id;
			if (top === undefined || season === undefined || !adoptable(top, season, now, FRESHNESS_BOUND)) {
				allFresh = false;
				continue;
			}
			this.shared.set(board.name, top);
			if (!this.lease.held() && adoptable(top, season, now, FRESHNESS_BOUND, this.cachedAt(board.name)))
				core.cache.expedite(board.name);
		}
		this.allFresh = allFresh;
	}

	/** Writes this server's store reads of the current seasons to the shared item (yields; one write at a time). */
	private publish() {
		const core = this.core;
		if (core === undefined) return;
		if (this.publishing) {
			this.publishAgain = true;
			return;
		}
		this.publishing = true;
		do {
			this.publishAgain = false;
			const current = new Map<string, FetchedTop>();
			for (const [name, top] of this.fetched) if (core.season(name)?.id === top.season) current.set(name, top);
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
