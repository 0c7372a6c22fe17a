import { OnStart, Service } from "@flamework/core";
import { Players, RunService } from "@rbxts/services";
import { BoardConfig, BOARDS, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { Events } from "shared/events";
import { pageOf, rankLabel } from "shared/leaderboards/pages";
import { decodeValue, encodeValue, writeModeOf } from "shared/leaderboards/ranking";
import { Season, seasonOf } from "shared/leaderboards/season";
import { leaderboardSyncKey, ownLeaderboardSyncKey } from "shared/leaderboards/view";
import { PlayerDataService } from "server/data/player-data-service";
import { shareWithEveryClient, SyncService } from "server/sync/sync-service";
import { BoardCache } from "./board-cache";
import {
	forgetOwnLeaderboards,
	LeaderboardPublisher,
	leaderboardsGetter,
	ownLeaderboardsGetter,
} from "./leaderboard-state";
import { effectiveRefreshInterval, leaderboardStats } from "./leaderboard-stats";
import { LeaderboardCore, LeaderboardModule } from "./module";
import { NameCache } from "./names";
import { RequestBudget } from "./request-budget";
import { SeasonBaselines } from "./season-baselines";
import { StatFeed } from "./stat-feed";
import { StoreAccess } from "./store-access";
import { WriteQueue } from "./write-queue";

shareWithEveryClient(leaderboardSyncKey, leaderboardsGetter);

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

export interface LeaderboardRow {
	readonly rank: number;
	readonly userId: number;
	readonly name: string;
	readonly value: number;
}

/**
 * The leaderboards' core: boards on OrderedDataStores (one per board and season), fed by player stats, cached per
 * server and published to clients. It declares boards, records values (write-queue.ts), reads the top and a rank
 * from the cache (board-cache.ts), refreshes the cache on the clock within the budget share (request-budget.ts),
 * and calls the modules that registered (module.ts) at each of those steps.
 */
@Service()
export class LeaderboardService implements OnStart, LeaderboardCore {
	/** Studio without API access turns the boards into a local mode (store-access.ts). */
	readonly access = new StoreAccess();
	readonly budget = new RequestBudget();
	readonly names = new NameCache();
	readonly baselines = new SeasonBaselines(this.budget);
	/** The registered modules by name; the list keeps their order. */
	readonly modules = new Map<string, LeaderboardModule>();
	private readonly moduleList: LeaderboardModule[] = [];
	readonly queue = new WriteQueue(this.budget, this.moduleList);
	readonly cache = new BoardCache(
		this.budget,
		(board, season) => this.queue.pendingFor(board, season),
		this.moduleList,
	);
	readonly configs = new Map<string, BoardConfig>();
	/** Board names in the order they were declared: the order clients list them in. */
	private readonly order: string[] = [];
	readonly seasons = new Map<string, Season>();
	/** Encoded values per board of the players in this server, known before any flush or refresh. */
	private readonly live = new Map<number, Map<string, number>>();
	private readonly feed: StatFeed;
	private readonly publisher = new LeaderboardPublisher(() => ({
		order: this.order,
		boards: this.configs,
		seasons: this.seasons,
		cache: this.cache,
		names: this.names,
		modules: this.moduleList,
		live: this.live,
		needsApiAccess: this.access.unavailable(),
	}));
	private lastFlush = os.clock();

	constructor(
		readonly playerData: PlayerDataService,
		private readonly sync: SyncService,
	) {
		this.feed = new StatFeed(
			{
				boards: () => this.boards(),
				season: (board) => this.seasons.get(board)!,
				report: (board, userId, value) => this.updatePlayerScore(board, userId, value),
			},
			playerData,
			this.baselines,
		);
	}

	/** Registers a module (from its onInit, so before the core starts). */
	use(module: LeaderboardModule) {
		this.modules.set(module.name, module);
		this.moduleList.push(module);
	}

	onStart() {
		for (const board of BOARDS) this.createLeaderboard(board);
		for (const module of this.moduleList) module.start?.(this);
		Events.playerDataLoaded.connect((player) => this.watch(player));
		Players.PlayerRemoving.Connect((player) => this.unwatch(player.UserId));
		task.spawn(() => this.access.check(() => this.goLocal()));
		game.BindToClose(() => {
			// Local mode: nothing was queued and no store can be reached, so there is nothing to wait for.
			if (this.access.unavailable()) return;
			const deadline = os.clock() + LEADERBOARD_CONFIG.SHUTDOWN_FLUSH_SECONDS;
			this.queue.drain(LEADERBOARD_CONFIG.SHUTDOWN_FLUSH_SECONDS);
			for (const module of this.moduleList) module.onShutdown?.(deadline);
		});
		let elapsed = 1;
		RunService.Heartbeat.Connect((delta) => {
			elapsed += delta;
			if (elapsed >= 1) {
				elapsed = 0;
				// Every request waits for the access check, and none is made once it found no access.
				if (this.access.available()) this.tick();
			}
			this.publisher.step();
		});
	}

	/** Declares a board (the config's boards are created at start); false when the name is taken. */
	createLeaderboard(config: BoardConfig): boolean {
		if (this.configs.has(config.name)) return false;
		this.configs.set(config.name, config);
		this.order.push(config.name);
		const season = seasonOf(config.season, unixNow());
		this.seasons.set(config.name, season);
		this.cache.track(config.name, season.id);
		this.changed();
		return true;
	}

	/**
	 * Reports a player's absolute value for the board's current season (best-of boards keep the better). It shows on
	 * this server at once (laid over the cached top, and kept as the player's live value while they are here) and
	 * reaches the store on the next flush. `metadata` rides with the write for the metadata module to store.
	 */
	updatePlayerScore(boardName: string, userId: number, value: number, metadata?: Record<string, unknown>): boolean {
		const board = this.configs.get(boardName);
		const season = this.seasons.get(boardName);
		const encoded = board && encodeValue(board.ranking, value);
		if (board === undefined || season === undefined || encoded === undefined) return false;
		const mode = writeModeOf(board.ranking);
		const values = this.live.get(userId) ?? new Map<string, number>();
		const current = values.get(boardName);
		values.set(boardName, mode === "best" && current !== undefined ? math.max(current, encoded) : encoded);
		if (Players.GetPlayerByUserId(userId) !== undefined) this.live.set(userId, values);
		this.queue.enqueue({ board: boardName, season: season.id, userId, encoded, mode, metadata });
		this.cache.apply(boardName, { userId, encoded, mode });
		this.changed();
		return true;
	}

	/**
	 * Rows offset .. offset + limit - 1 (offset 1-based) from this server's cache, which holds its own unflushed
	 * writes; beyond the cached top this reads the store (yields).
	 */
	getLeaderboard(boardName: string, limit = 10, offset = 1): LeaderboardRow[] {
		const board = this.configs.get(boardName);
		const cached = this.cache.get(boardName);
		if (board === undefined || cached === undefined) return [];
		const last = offset + limit - 1;
		const entries = last <= cached.entries.size() ? cached.entries : this.cache.readRange(boardName, last);
		return pageOf(entries, limit, offset).map((entry) => ({
			rank: entry.rank,
			userId: entry.userId,
			name: this.names.display(entry.userId),
			value: decodeValue(board.ranking, entry.encoded),
		}));
	}

	getTopPlayers(boardName: string, count = 10): LeaderboardRow[] {
		return this.getLeaderboard(boardName, count, 1);
	}

	/** A player's rank from the cached top: `label` is "N+" when they are outside it, "-" without a value. */
	getPlayerRank(boardName: string, userId: number): { rank?: number; label: string; value?: number } {
		const board = this.configs.get(boardName);
		const cached = this.cache.get(boardName);
		if (board === undefined || cached === undefined) return { label: "-" };
		const entry = cached.entries.find((row) => row.userId === userId);
		const encoded = entry?.encoded ?? this.live.get(userId)?.get(boardName);
		return {
			rank: entry?.rank,
			label: rankLabel(entry?.rank, cached.entries.size(), encoded !== undefined),
			value: encoded !== undefined ? decodeValue(board.ranking, encoded) : undefined,
		};
	}

	/** Writes every pending score now (the admins' force synchronization). */
	flushWrites() {
		this.queue.flush();
	}

	/** Seconds between two refreshes of one board on this server (see leaderboard-stats.ts). */
	effectiveRefreshInterval(): number {
		return effectiveRefreshInterval(this.budget, this.configs.size());
	}

	getLeaderboardStats() {
		return leaderboardStats(this, this.moduleList);
	}

	board(name: string): BoardConfig | undefined {
		return this.configs.get(name);
	}

	/** Every board's config, in declaration order. */
	boards(): BoardConfig[] {
		return this.order.map((name) => this.configs.get(name)!);
	}

	season(name: string): Season | undefined {
		return this.seasons.get(name);
	}

	changed() {
		this.publisher.changed();
	}

	/**
	 * Once a second: move boards into a new season, refresh the due cached tops (from a module, or from the store
	 * within the budget, leaving the modules what they reserve), run the modules' clock work, and flush the coalesced writes every FLUSH_INTERVAL
	 * (a refused or failed one is retried as soon as its delay has passed).
	 */
	private tick() {
		const now = unixNow();
		for (const [name, board] of this.configs) {
			const season = seasonOf(board.season, now);
			const previous = this.seasons.get(name)!;
			if (previous.id !== season.id) this.rollover(board, previous, season);
		}
		// An empty server shows boards to nobody: it reads nothing (and spends no budget) until a player joins.
		const occupied = Players.GetPlayers().size() > 0;
		// A due board is refreshed whatever the budget: a module's top costs no request, and a store read that the
		// budget refuses leaves it due with its place in the line.
		for (const name of occupied ? this.cache.due() : []) {
			task.spawn(() => {
				if (this.cache.refresh(name)) this.changed();
			});
		}
		for (const module of this.moduleList) module.onTick?.(occupied);
		if (os.clock() - this.lastFlush >= LEADERBOARD_CONFIG.FLUSH_INTERVAL) {
			this.lastFlush = os.clock();
			this.queue.flush();
		} else {
			this.queue.flush({ retries: true });
		}
	}

	private rollover(board: BoardConfig, finished: Season, upcoming: Season) {
		this.seasons.set(board.name, upcoming);
		this.cache.track(board.name, upcoming.id);
		for (const [, values] of this.live) values.delete(board.name);
		this.feed.rollover(board, upcoming);
		for (const module of this.moduleList) module.onSeasonEnd?.(board, finished, upcoming);
		this.changed();
	}

	/** No API access (Studio): drop the queued writes, keep baselines here, and tell every client. */
	private goLocal() {
		this.queue.close();
		this.baselines.goLocal();
		this.changed();
	}

	private watch(player: Player) {
		const userId = player.UserId;
		if (player.Parent !== Players || this.feed.watching(userId)) return;
		this.live.set(userId, this.live.get(userId) ?? new Map());
		this.sync.addSignalsToClient(player, { [ownLeaderboardSyncKey(userId)]: ownLeaderboardsGetter(userId) });
		this.feed.watch(player);
	}

	private unwatch(userId: number) {
		this.feed.unwatch(userId);
		this.queue.flush({ userId });
		this.live.delete(userId);
		forgetOwnLeaderboards(userId);
		this.changed();
	}
}
