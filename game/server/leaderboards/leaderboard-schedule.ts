import { Players } from "@rbxts/services";
import { BoardConfig, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { Events } from "shared/events";
import { missedSeasons, Season, seasonOf } from "shared/leaderboards/season";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { RequestBudget } from "./request-budget";
import { SeasonSnapshots } from "./season-snapshot";
import { StatFeed } from "./stat-feed";
import { WriteQueue } from "./write-queue";

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/** Seasons a server catches up at most per board (a board nobody played for a quarter of weekly seasons). */
const CATCH_UP_SEASONS = 12;

interface DueSnapshot {
	readonly board: string;
	readonly season: string;
	/** os.clock() when the snapshot may be taken. */
	readonly at: number;
}

/**
 * What the leaderboards do on the clock, once a second: move boards into a new season, refresh the cached tops
 * within the budget, read each seasonal board's history once, flush the coalesced writes every FLUSH_INTERVAL (and
 * retry a refused or failed one as soon as its delay has passed), and
 * take a finished season's snapshot once every server's last flush has had time to land (SNAPSHOT_DELAY).
 */
export class LeaderboardSchedule {
	private readonly historyRequested = new Set<string>();
	/** Boards whose missed seasons were looked for, and when a failed look may be retried (os.clock()). */
	private readonly caughtUp = new Map<string, number>();
	private readonly dueSnapshots: DueSnapshot[] = [];
	private lastFlush = os.clock();

	constructor(
		private readonly registry: BoardRegistry,
		private readonly budget: RequestBudget,
		private readonly queue: WriteQueue,
		private readonly cache: BoardCache,
		private readonly snapshots: SeasonSnapshots,
		private readonly feed: StatFeed,
	) {}

	tick() {
		const now = unixNow();
		// An empty server shows boards to nobody: it reads nothing (and spends no budget) until a player joins.
		const occupied = Players.GetPlayers().size() > 0;
		for (const [name, board] of this.registry.configs) {
			const season = seasonOf(board.season, now);
			const previous = this.registry.seasons.get(name)!;
			if (previous.id !== season.id) this.rollover(board, previous, season);
		}
		// A due snapshot goes first: refreshes wait while one is waiting for the GetSortedAsync budget, and leave one
		// read for each snapshot still to come (a server closing across a boundary takes them at once).
		const clockNow = os.clock();
		const snapshotWaiting = this.dueSnapshots.some((due) => due.at <= clockNow);
		for (const name of this.cache.due()) {
			if (!occupied || snapshotWaiting || !this.budget.canTake(["sorted"], this.dueSnapshots.size())) break;
			task.spawn(() => {
				if (this.cache.refresh(name)) this.registry.changed = true;
			});
		}
		for (const [name, board] of this.registry.configs) {
			const retryAt = this.caughtUp.get(name);
			if (occupied && board.season !== "all-time" && (retryAt === undefined || retryAt <= clockNow)) {
				this.caughtUp.set(name, math.huge);
				task.spawn(() => this.catchUp(board));
			}
			if (occupied && board.season !== "all-time" && !this.historyRequested.has(name)) {
				this.historyRequested.add(name);
				task.spawn(() => this.loadHistory(name));
			}
		}
		if (os.clock() - this.lastFlush >= LEADERBOARD_CONFIG.FLUSH_INTERVAL) {
			this.lastFlush = os.clock();
			this.queue.flush();
		} else {
			this.queue.flush({ retries: true });
		}
		const clock = os.clock();
		for (let index = this.dueSnapshots.size() - 1; index >= 0; index--) {
			const due = this.dueSnapshots[index];
			if (due.at > clock) continue;
			this.dueSnapshots.remove(index);
			task.spawn(() => this.finishSeason(due.board, due.season));
		}
	}

	/**
	 * Snapshots the board's current season into its history now (what a season end does; idempotent per season).
	 * Scores are not deleted: seasons start empty because each has its own store. A snapshot is written once, so it
	 * waits for this server's writes of the season to land (yields); "deferred" when they have not in
	 * RESET_FLUSH_SECONDS. Other servers' unflushed writes are not waited for (a season end waits SNAPSHOT_DELAY).
	 */
	snapshotNow(boardName: string, reason?: string): string {
		const season = this.registry.seasons.get(boardName);
		if (season === undefined) return "unknown board";
		const deadline = os.clock() + LEADERBOARD_CONFIG.RESET_FLUSH_SECONDS;
		this.queue.flush();
		while (this.queue.unwrittenFor(boardName, season.id) > 0 && os.clock() < deadline) {
			task.wait(0.25);
			// Deferred and retried writes go back to the queue: start them again as they come due.
			this.queue.flush();
		}
		const outcome =
			this.queue.unwrittenFor(boardName, season.id) > 0 ? "deferred" : this.snapshots.take(boardName, season.id);
		if (reason !== undefined) print(`[Leaderboards] ${boardName} ${season.id} snapshot (${reason}): ${outcome}`);
		this.loadHistory(boardName);
		return outcome;
	}

	private rollover(board: BoardConfig, finished: Season, upcoming: Season) {
		this.registry.seasons.set(board.name, upcoming);
		this.cache.track(board.name, upcoming.id);
		for (const [, values] of this.registry.live) values.delete(board.name);
		this.feed.rollover(board, upcoming);
		this.due(board.name, finished.id, os.clock() + LEADERBOARD_CONFIG.SNAPSHOT_DELAY);
		this.registry.changed = true;
	}

	private due(board: string, season: string, at: number) {
		if (this.dueSnapshots.some((due) => due.board === board && due.season === season)) return;
		this.dueSnapshots.push({ board, season, at });
	}

	/**
	 * Seasons end whether or not a server is there: once it has players, this server reads the board's history and
	 * schedules the snapshot of every finished season it lacks (see missedSeasons), each once its end is
	 * SNAPSHOT_DELAY old. The lease makes the first server to get there write it; the others find it done.
	 */
	private catchUp(board: BoardConfig) {
		const history = this.snapshots.read(board.name);
		if (history === undefined) {
			this.caughtUp.set(board.name, os.clock() + LEADERBOARD_CONFIG.RETRY_BASE_DELAY);
			return;
		}
		this.registry.history.set(board.name, history);
		this.historyRequested.add(board.name);
		this.registry.changed = true;
		const now = unixNow();
		const last = history.size() > 0 ? history[history.size() - 1].season : undefined;
		for (const season of missedSeasons(board.season, last, now, CATCH_UP_SEASONS)) {
			const age = now - (season.endsAt ?? now);
			this.due(board.name, season.id, os.clock() + math.max(0, LEADERBOARD_CONFIG.SNAPSHOT_DELAY - age));
		}
	}

	/**
	 * At shutdown, after this server's writes have drained: takes every snapshot still due, without waiting for its
	 * delay (a server closing across a boundary may be the last one there). Stops at `deadline` (os.clock()).
	 */
	finishDue(deadline: number) {
		while (this.dueSnapshots.size() > 0 && os.clock() < deadline) {
			const due = this.dueSnapshots[0];
			const outcome = this.snapshots.take(due.board, due.season, true);
			if (outcome === "deferred" || outcome === "failed") task.wait(0.5);
			else this.dueSnapshots.remove(0);
		}
	}

	private finishSeason(board: string, season: string) {
		const upcoming = this.registry.seasons.get(board)?.id ?? "";
		const outcome = this.snapshots.take(board, season);
		if (outcome === "written") Events.seasonRolled.fire({ board, finishedSeason: season, newSeason: upcoming });
		if (outcome === "written" || outcome === "already" || outcome === "empty") {
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
		this.registry.history.set(board, history);
		this.registry.changed = true;
	}
}
