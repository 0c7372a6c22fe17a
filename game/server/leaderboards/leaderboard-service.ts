import { OnStart, Service } from "@flamework/core";
import { Players, RunService } from "@rbxts/services";
import { BoardConfig, BOARDS, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { Events } from "shared/events";
import { updateRatings } from "shared/leaderboards/elo";
import { pageOf, rankLabel } from "shared/leaderboards/pages";
import { decodeValue, encodeValue, writeModeOf } from "shared/leaderboards/ranking";
import { Season, seasonOf } from "shared/leaderboards/season";
import { leaderboardSyncKey, ownLeaderboardSyncKey } from "shared/leaderboards/view";
import { PlayerDataService } from "server/data/player-data-service";
import { shareWithEveryClient, SyncService } from "server/sync/sync-service";
import { BoardCache } from "./board-cache";
import {
	forgetOwnLeaderboards,
	leaderboardsGetter,
	ownLeaderboardsGetter,
	publishLeaderboards,
} from "./leaderboard-state";
import { NameCache } from "./names";
import { StatFeed } from "./stat-feed";
import { RequestBudget } from "./request-budget";
import { SeasonBaselines } from "./season-baselines";
import { HistoryEntry, SeasonSnapshots } from "./season-snapshot";
import { WriteQueue } from "./write-queue";

shareWithEveryClient(leaderboardSyncKey, leaderboardsGetter);

export interface LeaderboardRow {
	readonly rank: number;
	readonly userId: number;
	readonly name: string;
	readonly value: number;
}

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/**
 * The LeaderboardStore of the design: boards on OrderedDataStores (one per board and season), fed by player stats,
 * cached per server and published to clients. See write-queue.ts (writes), board-cache.ts (reads), season-snapshot.ts
 * (season end), season-baselines.ts (seasonal gains), request-budget.ts (the budget share).
 */
@Service()
export class LeaderboardService implements OnStart {
	readonly budget = new RequestBudget();
	readonly queue = new WriteQueue(this.budget);
	readonly cache = new BoardCache(this.budget, (board, season) => this.queue.pendingFor(board, season));
	readonly names = new NameCache();
	readonly snapshots = new SeasonSnapshots(this.budget, game.JobId);
	readonly baselines = new SeasonBaselines(this.budget);
	private readonly boards = new Map<string, BoardConfig>();
	private readonly order: string[] = [];
	private readonly seasons = new Map<string, Season>();
	private readonly history = new Map<string, HistoryEntry[]>();
	private readonly historyRequested = new Set<string>();
	private readonly live = new Map<number, Map<string, number>>();
	private readonly dueSnapshots: { board: string; season: string; at: number }[] = [];
	private dirty = true;
	private resolvingNames = false;
	private lastFlush = os.clock();

	private readonly feed: StatFeed;

	constructor(
		private readonly playerData: PlayerDataService,
		private readonly sync: SyncService,
	) {
		this.feed = new StatFeed(
			{
				boards: () => this.order.map((name) => this.boards.get(name)!),
				season: (board) => this.seasons.get(board)!,
				report: (board, userId, value) => this.updatePlayerScore(board, userId, value),
			},
			playerData,
			this.baselines,
		);
	}

	onStart() {
		for (const board of BOARDS) this.createLeaderboard(board);
		Events.playerDataLoaded.connect((player) => this.watch(player));
		Events.roundFinished.connect((placements) => this.recordMatch(placements));
		Players.PlayerRemoving.Connect((player) => this.unwatch(player.UserId));
		game.BindToClose(() => {
			this.queue.drain(LEADERBOARD_CONFIG.SHUTDOWN_FLUSH_SECONDS);
		});
		let elapsed = 1;
		RunService.Heartbeat.Connect((delta) => {
			elapsed += delta;
			if (elapsed >= 1) {
				elapsed = 0;
				this.tick();
			}
			if (this.dirty) this.publish();
		});
	}

	/** Declares a board (the config's boards are created at start); false when the name is taken. */
	createLeaderboard(config: BoardConfig): boolean {
		if (this.boards.has(config.name)) return false;
		this.boards.set(config.name, config);
		this.order.push(config.name);
		const season = seasonOf(config.season, unixNow());
		this.seasons.set(config.name, season);
		this.cache.track(config.name, season.id);
		this.dirty = true;
		return true;
	}

	/** Reports a player's absolute value for the board's current season (best-of boards keep the better). */
	updatePlayerScore(boardName: string, userId: number, value: number, metadata?: Record<string, unknown>): boolean {
		const board = this.boards.get(boardName);
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
		this.dirty = true;
		return true;
	}

	/** Rows offset .. offset + limit - 1 (offset 1-based); beyond the cached top this reads the store (yields). */
	getLeaderboard(boardName: string, limit = 10, offset = 1): LeaderboardRow[] {
		const board = this.boards.get(boardName);
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
		const board = this.boards.get(boardName);
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

	/**
	 * Snapshots the board's current season into its history now (what a season end does; idempotent per season).
	 * Scores are not deleted: seasons start empty because each has its own store.
	 */
	resetLeaderboard(boardName: string, reason?: string): string {
		const season = this.seasons.get(boardName);
		if (season === undefined) return "unknown board";
		this.queue.flush();
		const outcome = this.snapshots.take(boardName, season.id);
		if (reason !== undefined) print(`[Leaderboards] ${boardName} ${season.id} snapshot (${reason}): ${outcome}`);
		this.loadHistory(boardName);
		return outcome;
	}

	/** Past seasons of a board as last read, oldest first. */
	getHistory(boardName: string): HistoryEntry[] {
		return this.history.get(boardName) ?? [];
	}

	/** Updates ratings from a match (UserIds best placement first) through the player data; returns the new ratings. */
	recordMatch(placements: readonly number[]): Map<number, number> {
		const players: Player[] = [];
		const ratings: number[] = [];
		for (const userId of placements) {
			const player = Players.GetPlayerByUserId(userId);
			const data = player && this.playerData.getData(player);
			if (player === undefined || data === undefined) continue;
			players.push(player);
			ratings.push(data.stats.rating);
		}
		const result = new Map<number, number>();
		const updated = updateRatings(ratings, LEADERBOARD_CONFIG.ELO_K);
		players.forEach((player, index) => {
			const rating = updated[index];
			result.set(player.UserId, rating);
			this.playerData.update(player, (data) => ({ ...data, stats: { ...data.stats, rating } }));
		});
		return result;
	}

	/**
	 * Seconds between two refreshes of one board on this server: the configured interval (with its jitter), or longer
	 * when the GetSortedAsync share cannot refresh every board that often (few players: 5 + 2·n per minute).
	 */
	effectiveRefreshInterval(): number {
		const share = this.budget.usage().sorted.allowed;
		return math.max(
			LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER,
			(this.boards.size() * 60) / share,
		);
	}

	/** Writes every pending score now (the admins' force synchronization). */
	flushWrites() {
		this.queue.flush();
	}

	getLeaderboardStats() {
		const boards: Record<string, { season: string; entries: number; cacheAge?: number; complete: boolean }> = {};
		for (const [name, season] of this.seasons) {
			const cached = this.cache.get(name);
			boards[name] = {
				season: season.id,
				entries: cached?.entries.size() ?? 0,
				cacheAge: this.cache.age(name),
				complete: cached?.complete ?? true,
			};
		}
		return {
			totalLeaderboards: this.boards.size(),
			boards,
			pendingWrites: this.queue.pendingCount(),
			writes: { ...this.queue.counters },
			cache: { ...this.cache.counters },
			snapshots: { ...this.snapshots.counters },
			requests: this.budget.usage(),
			refreshInterval: this.effectiveRefreshInterval(),
			errors:
				this.queue.counters.failed +
				this.cache.counters.failures +
				this.snapshots.counters.failures +
				this.baselines.failures,
			lastError:
				this.queue.lastError ?? this.cache.lastError ?? this.snapshots.lastError ?? this.baselines.lastError,
			names: { cached: this.names.size(), lookups: this.names.lookups, failures: this.names.failures },
		};
	}

	private tick() {
		const now = unixNow();
		// An empty server shows boards to nobody: it reads nothing (and spends no budget) until a player joins.
		const occupied = Players.GetPlayers().size() > 0;
		for (const [name, board] of this.boards) {
			const season = seasonOf(board.season, now);
			const previous = this.seasons.get(name)!;
			if (previous.id !== season.id) this.rollover(board, previous, season);
		}
		// A due snapshot goes first: refreshes wait while one is waiting for the GetSortedAsync share.
		const clockNow = os.clock();
		const snapshotWaiting = this.dueSnapshots.some((due) => due.at <= clockNow);
		for (const name of this.cache.due()) {
			if (!occupied || snapshotWaiting || !this.budget.canTake(["sorted"])) break;
			task.spawn(() => {
				if (this.cache.refresh(name)) this.dirty = true;
			});
		}
		for (const [name, board] of this.boards) {
			if (occupied && board.season !== "all-time" && !this.historyRequested.has(name)) {
				this.historyRequested.add(name);
				task.spawn(() => this.loadHistory(name));
			}
		}
		if (os.clock() - this.lastFlush >= LEADERBOARD_CONFIG.FLUSH_INTERVAL) {
			this.lastFlush = os.clock();
			this.queue.flush();
		}
		const clock = os.clock();
		for (let index = this.dueSnapshots.size() - 1; index >= 0; index--) {
			const due = this.dueSnapshots[index];
			if (due.at > clock) continue;
			this.dueSnapshots.remove(index);
			task.spawn(() => this.finishSeason(due.board, due.season));
		}
	}

	private rollover(board: BoardConfig, finished: Season, upcoming: Season) {
		this.seasons.set(board.name, upcoming);
		this.cache.track(board.name, upcoming.id);
		for (const [, values] of this.live) values.delete(board.name);
		this.feed.rollover(board, upcoming);
		this.dueSnapshots.push({
			board: board.name,
			season: finished.id,
			at: os.clock() + LEADERBOARD_CONFIG.SNAPSHOT_DELAY,
		});
		this.dirty = true;
	}

	private finishSeason(board: string, season: string) {
		const upcoming = this.seasons.get(board)?.id ?? "";
		const outcome = this.snapshots.take(board, season);
		if (outcome === "written") Events.seasonRolled.fire({ board, finishedSeason: season, newSeason: upcoming });
		if (outcome === "written" || outcome === "already") {
			this.loadHistory(board);
			return;
		}
		const retry =
			outcome === "leased-elsewhere" ? 15 : outcome === "deferred" ? 1 : LEADERBOARD_CONFIG.RETRY_BASE_DELAY * 3;
		this.dueSnapshots.push({ board, season, at: os.clock() + retry });
	}

	private loadHistory(board: string) {
		const history = this.snapshots.read(board);
		if (history === undefined) {
			this.historyRequested.delete(board); // try again on a later tick
			return;
		}
		this.history.set(board, history);
		this.dirty = true;
	}

	private watch(player: Player) {
		const userId = player.UserId;
		if (player.Parent !== Players || this.feed.watching(userId)) return;
		this.live.set(userId, this.live.get(userId) ?? new Map());
		this.sync.server.addSignalsToClient(player, { [ownLeaderboardSyncKey(userId)]: ownLeaderboardsGetter(userId) });
		this.feed.watch(player);
	}

	private unwatch(userId: number) {
		this.feed.unwatch(userId);
		this.queue.flush({ userId });
		this.live.delete(userId);
		forgetOwnLeaderboards(userId);
		this.dirty = true;
	}

	private publish() {
		this.dirty = false;
		const unknown = publishLeaderboards({
			order: this.order,
			boards: this.boards,
			seasons: this.seasons,
			cache: this.cache,
			history: this.history,
			names: this.names,
			live: this.live,
			now: unixNow(),
		});
		if (unknown.size() > 0 && !this.resolvingNames) {
			this.resolvingNames = true;
			task.spawn(() => {
				if (this.names.resolve(unknown)) this.dirty = true;
				this.resolvingNames = false;
			});
		}
	}
}
