import { OnStart, Service } from "@flamework/core";
import { Players, RunService } from "@rbxts/services";
import { BoardConfig, BOARDS, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { Events } from "shared/events";
import { leaderboardSyncKey, ownLeaderboardSyncKey } from "shared/leaderboards/view";
import { PlayerDataService } from "server/data/player-data-service";
import { shareWithEveryClient, SyncService } from "server/sync/sync-service";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { LeaderboardReads, LeaderboardRow, MetadataRead } from "./leaderboard-reads";
import { LeaderboardSchedule } from "./leaderboard-schedule";
import {
	forgetOwnLeaderboards,
	leaderboardsGetter,
	ownLeaderboardsGetter,
	publishBoards,
	publishOwnEntries,
	PublishInput,
} from "./leaderboard-state";
import { effectiveRefreshInterval, leaderboardStats } from "./leaderboard-stats";
import { LeaderboardWrites } from "./leaderboard-writes";
import { updateMatchRatings } from "./match-ratings";
import { NameCache } from "./names";
import { RequestBudget } from "./request-budget";
import { SeasonBaselines } from "./season-baselines";
import { HistoryEntry, SeasonSnapshots } from "./season-snapshot";
import { SharedTops } from "./shared-tops";
import { StatFeed } from "./stat-feed";
import { StoreAccess } from "./store-access";
import { WriteQueue } from "./write-queue";

shareWithEveryClient(leaderboardSyncKey, leaderboardsGetter);

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/**
 * The leaderboards: boards on OrderedDataStores (one per board and season), fed by player stats,
 * cached per server and published to clients. This service wires the parts to the game (events, players, the clock,
 * shutdown) and is the API's one face: leaderboard-writes.ts and leaderboard-reads.ts answer it,
 * leaderboard-schedule.ts runs the clock's work, write-queue.ts (writes), board-cache.ts (reads), season-snapshot.ts
 * (season end), season-baselines.ts (seasonal gains) and request-budget.ts (the budget share) do the requests.
 */
@Service()
export class LeaderboardService implements OnStart {
	/** Studio without API access turns the boards into a local mode (store-access.ts). */
	readonly access = new StoreAccess();
	readonly budget = new RequestBudget();
	readonly queue = new WriteQueue(this.budget);
	readonly cache = new BoardCache(this.budget, (board, season) => this.queue.pendingFor(board, season));
	readonly names = new NameCache();
	readonly snapshots = new SeasonSnapshots(this.budget, game.JobId);
	readonly baselines = new SeasonBaselines(this.budget);
	readonly registry = new BoardRegistry();
	readonly sharedTops = new SharedTops(this.cache, this.registry, game.JobId);
	private readonly writes = new LeaderboardWrites(this.registry, this.queue, this.cache);
	readonly reads = new LeaderboardReads(this.registry, this.budget, this.cache, this.names);
	private readonly feed: StatFeed;
	private readonly schedule: LeaderboardSchedule;
	private resolvingNames = false;
	/** The boards changed since they were last published to every client (see BOARD_PUBLISH_INTERVAL). */
	private boardsStale = false;
	private boardsPublishedAt = -math.huge;

	constructor(
		private readonly playerData: PlayerDataService,
		private readonly sync: SyncService,
	) {
		this.feed = new StatFeed(
			{
				boards: () => this.registry.boards(),
				season: (board) => this.registry.seasons.get(board)!,
				report: (board, userId, value) => this.updatePlayerScore(board, userId, value),
			},
			playerData,
			this.baselines,
		);
		this.schedule = new LeaderboardSchedule(
			this.registry,
			this.budget,
			this.queue,
			this.cache,
			this.snapshots,
			this.feed,
		);
	}

	onStart() {
		for (const board of BOARDS) this.createLeaderboard(board);
		Events.playerDataLoaded.connect((player) => this.watch(player));
		Events.roundFinished.connect((placements) => this.recordMatch(placements));
		Players.PlayerRemoving.Connect((player) => this.unwatch(player.UserId));
		task.spawn(() => this.access.check(() => this.goLocal()));
		game.BindToClose(() => {
			// Local mode: nothing was queued and no store can be reached, so there is nothing to wait for.
			if (this.access.unavailable()) return;
			const deadline = os.clock() + LEADERBOARD_CONFIG.SHUTDOWN_FLUSH_SECONDS;
			task.spawn(() => this.sharedTops.lease.release());
			this.queue.drain(LEADERBOARD_CONFIG.SHUTDOWN_FLUSH_SECONDS);
			this.schedule.finishDue(deadline);
		});
		let elapsed = 1;
		RunService.Heartbeat.Connect((delta) => {
			elapsed += delta;
			if (elapsed >= 1) {
				elapsed = 0;
				// Every request waits for the access check, and none is made once it found no access.
				if (this.access.available()) {
					this.schedule.tick();
					this.sharedTops.tick();
				}
			}
			if (this.registry.changed) this.publish();
			if (this.boardsStale && os.clock() - this.boardsPublishedAt >= LEADERBOARD_CONFIG.BOARD_PUBLISH_INTERVAL)
				this.publishBoards();
		});
	}

	/** Declares a board (the config's boards are created at start); false when the name is taken. */
	createLeaderboard(config: BoardConfig): boolean {
		return this.writes.createLeaderboard(config);
	}

	/** Reports a player's absolute value for the board's current season (best-of boards keep the better). */
	updatePlayerScore(boardName: string, userId: number, value: number, metadata?: Record<string, unknown>): boolean {
		return this.writes.updatePlayerScore(boardName, userId, value, metadata);
	}

	/** Rows offset .. offset + limit - 1 (offset 1-based); beyond the cached top this reads the store (yields). */
	getLeaderboard(boardName: string, limit = 10, offset = 1): LeaderboardRow[] {
		return this.reads.getLeaderboard(boardName, limit, offset);
	}

	getTopPlayers(boardName: string, count = 10): LeaderboardRow[] {
		return this.reads.getTopPlayers(boardName, count);
	}

	/** A player's rank from the cached top: `label` is "N+" when they are outside it, "-" without a value. */
	getPlayerRank(boardName: string, userId: number): { rank?: number; label: string; value?: number } {
		return this.reads.getPlayerRank(boardName, userId);
	}

	/** The metadata stored beside a player's score on a board, for `season` (default: the current one). Yields. */
	getPlayerMetadata(boardName: string, userId: number, season?: string): MetadataRead {
		return this.reads.getPlayerMetadata(boardName, userId, season);
	}

	/**
	 * Snapshots the board's current season into its history now, once this server's writes of it have landed (what a
	 * season end does; once per season; yields). See LeaderboardSchedule.snapshotNow for the outcomes.
	 */
	resetLeaderboard(boardName: string, reason?: string): string {
		return this.schedule.snapshotNow(boardName, reason);
	}

	/** Past seasons of a board as last read, oldest first. */
	getHistory(boardName: string): HistoryEntry[] {
		return this.reads.getHistory(boardName);
	}

	/** Updates ratings from a match (UserIds best placement first) through the player data; returns the new ratings. */
	recordMatch(placements: readonly number[]): Map<number, number> {
		return updateMatchRatings(this.playerData, placements);
	}

	/** Seconds between two refreshes of one board on this server (see leaderboard-stats.ts). */
	effectiveRefreshInterval(): number {
		return effectiveRefreshInterval(this.budget, this.registry.configs.size());
	}

	/** Writes every pending score now (the admins' force synchronization). */
	flushWrites() {
		this.writes.flushWrites();
	}

	getLeaderboardStats() {
		return leaderboardStats(this);
	}

	/** No API access (Studio): drop the queued writes, keep baselines here, and tell every client. */
	private goLocal() {
		this.queue.close();
		this.baselines.goLocal();
		this.registry.changed = true;
	}

	private watch(player: Player) {
		const userId = player.UserId;
		if (player.Parent !== Players || this.feed.watching(userId)) return;
		this.registry.live.set(userId, this.registry.live.get(userId) ?? new Map());
		this.sync.addSignalsToClient(player, { [ownLeaderboardSyncKey(userId)]: ownLeaderboardsGetter(userId) });
		this.feed.watch(player);
	}

	private unwatch(userId: number) {
		this.feed.unwatch(userId);
		this.queue.flush({ userId });
		this.registry.live.delete(userId);
		forgetOwnLeaderboards(userId);
		this.registry.changed = true;
	}

	private publishInput(): PublishInput {
		return {
			order: this.registry.order,
			boards: this.registry.configs,
			seasons: this.registry.seasons,
			cache: this.cache,
			history: this.registry.history,
			names: this.names,
			live: this.registry.live,
			now: unixNow(),
			needsApiAccess: this.access.unavailable(),
		};
	}

	/** Each player's own entries at once; the boards every client sees at most every BOARD_PUBLISH_INTERVAL. */
	private publish() {
		this.registry.changed = false;
		publishOwnEntries(this.publishInput());
		this.boardsStale = true;
	}

	private publishBoards() {
		this.boardsStale = false;
		this.boardsPublishedAt = os.clock();
		const unknown = publishBoards(this.publishInput());
		if (unknown.size() > 0 && !this.resolvingNames) {
			this.resolvingNames = true;
			task.spawn(() => {
				if (this.names.resolve(unknown)) this.registry.changed = true;
				this.resolvingNames = false;
			});
		}
	}
}
