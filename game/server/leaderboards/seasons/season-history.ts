import { OnInit, Service } from "@flamework/core";
import { BoardConfig, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { Events } from "shared/events";
import { missedSeasons, Season } from "shared/leaderboards/season";
import { BoardRow, SeasonTop } from "shared/leaderboards/view";
import { LeaderboardService } from "../leaderboard-service";
import { LeaderboardModule } from "../module";
import { HistoryEntry, SeasonSnapshots } from "./season-snapshot";

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/** Seasons a server catches up at most per board (a board nobody played for a quarter of weekly seasons). */
const CATCH_UP_SEASONS = 12;

interface DueSnapshot {
	readonly board: string;
	readonly season: string;
	/** os.clock() when the snapshot may be taken. */
	readonly at: number;
}

/** The newest `shown` seasons of a history as clients get them, newest first, `size` rows each. */
export function historyTops(
	history: readonly HistoryEntry[],
	shown: number,
	size: number,
	name: (userId: number) => string,
): SeasonTop[] {
	const tops: SeasonTop[] = [];
	for (let index = history.size() - 1; index >= 0 && tops.size() < shown; index--) {
		const entry = history[index];
		const rows: BoardRow[] = [];
		let rank = 0;
		let previous: number | undefined;
		entry.top.forEach(([userId, encoded], position) => {
			if (encoded !== previous) rank = position + 1;
			previous = encoded;
			if (rows.size() < size) rows.push({ userId, name: name(userId), encoded, rank });
		});
		tops.push({ season: entry.season, rows });
	}
	return tops;
}

/**
 * Season history: when a season ends, its top is snapshotted once for the whole experience (season-snapshot.ts)
 * once every server's last flush has had time to land (SNAPSHOT_DELAY), and every seasonal board's past seasons are
 * read once and published beside it for the season switcher.
 */
@Service()
export class SeasonHistory implements OnInit, LeaderboardModule {
	readonly name = "seasons";
	readonly snapshots: SeasonSnapshots;
	/** Past seasons per board as last read, oldest first. */
	private readonly history = new Map<string, HistoryEntry[]>();
	private readonly historyRequested = new Set<string>();
	/** Boards whose missed seasons were looked for, and when a failed look may be retried (os.clock()). */
	private readonly caughtUp = new Map<string, number>();
	private readonly dueSnapshots: DueSnapshot[] = [];

	constructor(private readonly leaderboards: LeaderboardService) {
		this.snapshots = new SeasonSnapshots(leaderboards.budget, game.JobId);
	}

	onInit() {
		this.leaderboards.use(this);
	}

	/** Past seasons of a board as last read, oldest first. */
	getHistory(boardName: string): HistoryEntry[] {
		return this.history.get(boardName) ?? [];
	}

	/**
	 * Snapshots the board's current season into its history now (what a season end does; idempotent per season).
	 * Scores are not deleted: seasons start empty because each has its own store. A snapshot is written once, so it
	 * waits for this server's writes of the season to land (yields); "deferred" when they have not in
	 * RESET_FLUSH_SECONDS. Other servers' unflushed writes are not waited for (a season end waits SNAPSHOT_DELAY).
	 */
	resetLeaderboard(boardName: string, reason?: string): string {
		const season = this.leaderboards.season(boardName);
		if (season === undefined) return "unknown board";
		const queue = this.leaderboards.queue;
		const deadline = os.clock() + LEADERBOARD_CONFIG.RESET_FLUSH_SECONDS;
		queue.flush();
		while (queue.unwrittenFor(boardName, season.id) > 0 && os.clock() < deadline) {
			task.wait(0.25);
			// Deferred and retried writes go back to the queue: start them again as they come due.
			queue.flush();
		}
		const outcome =
			queue.unwrittenFor(boardName, season.id) > 0 ? "deferred" : this.snapshots.take(boardName, season.id);
		if (reason !== undefined) print(`[Leaderboards] ${boardName} ${season.id} snapshot (${reason}): ${outcome}`);
		this.loadHistory(boardName);
		return outcome;
	}

	/** A due snapshot goes first: refreshes wait while one is due, and leave a read for each one still to come. */
	refreshReserve(): number {
		const now = os.clock();
		return this.dueSnapshots.some((due) => due.at <= now) ? math.huge : this.dueSnapshots.size();
	}

	onTick(occupied: boolean) {
		const clock = os.clock();
		for (const board of this.leaderboards.boards()) {
			if (!occupied || board.season === "all-time") continue;
			const retryAt = this.caughtUp.get(board.name);
			if (retryAt === undefined || retryAt <= clock) {
				this.caughtUp.set(board.name, math.huge);
				task.spawn(() => this.catchUp(board));
			}
			if (!this.historyRequested.has(board.name)) {
				this.historyRequested.add(board.name);
				task.spawn(() => this.loadHistory(board.name));
			}
		}
		for (let index = this.dueSnapshots.size() - 1; index >= 0; index--) {
			const due = this.dueSnapshots[index];
			if (due.at > clock) continue;
			this.dueSnapshots.remove(index);
			task.spawn(() => this.finishSeason(due.board, due.season));
		}
	}

	onSeasonEnd(board: BoardConfig, finished: Season) {
		this.due(board.name, finished.id, os.clock() + LEADERBOARD_CONFIG.SNAPSHOT_DELAY);
	}

	published(board: BoardConfig, name: (userId: number) => string) {
		const history = this.history.get(board.name) ?? [];
		return { history: historyTops(history, LEADERBOARD_CONFIG.HISTORY_SHOWN, board.displaySize, name) };
	}

	/**
	 * At shutdown: takes every snapshot still due, without waiting for its delay (a server closing across a boundary
	 * may be the last one there).
	 */
	onShutdown(deadline: number) {
		while (this.dueSnapshots.size() > 0 && os.clock() < deadline) {
			const due = this.dueSnapshots[0];
			const outcome = this.snapshots.take(due.board, due.season, true);
			if (outcome === "deferred" || outcome === "failed") task.wait(0.5);
			else this.dueSnapshots.remove(0);
		}
	}

	stats() {
		const { failures } = this.snapshots.counters;
		return { errors: failures, lastError: this.snapshots.lastError, counters: { ...this.snapshots.counters } };
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
		this.history.set(board.name, history);
		this.historyRequested.add(board.name);
		this.leaderboards.changed();
		const now = unixNow();
		const last = history.size() > 0 ? history[history.size() - 1].season : undefined;
		for (const season of missedSeasons(board.season, last, now, CATCH_UP_SEASONS)) {
			const age = now - (season.endsAt ?? now);
			this.due(board.name, season.id, os.clock() + math.max(0, LEADERBOARD_CONFIG.SNAPSHOT_DELAY - age));
		}
	}

	private finishSeason(board: string, season: string) {
		const upcoming = this.leaderboards.season(board)?.id ?? "";
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
		this.history.set(board, history);
		this.leaderboards.changed();
	}
}
