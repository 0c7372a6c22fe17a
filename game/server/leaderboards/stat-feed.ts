import { subscribe } from "@rbxts/charm";
import { Players } from "@rbxts/services";
import { BoardConfig } from "shared/config/leaderboards";
import { PlayerStats } from "shared/data/player-data";
import { Season } from "shared/leaderboards/season";
import { PlayerDataService } from "server/data/player-data-service";
import { selectPlayerData } from "server/state/player-state";
import { needsBaseline, reportedValue } from "./player-scores";
import { SeasonBaselines } from "./season-baselines";

const BASELINE_RETRY = 5;

export interface StatFeedHost {
	readonly boards: () => readonly BoardConfig[];
	readonly season: (board: string) => Season;
	readonly report: (board: string, userId: number, value: number) => void;
}

/**
 * Feeds player stats into the boards: on load (Events.playerDataLoaded) and on every change of a loaded player's data
 * (a subscription to the player state), each board gets what player-scores.ts says it should.
 */
export class StatFeed {
	private readonly watchers = new Map<number, () => void>();
	/** Baselines being looked up ("<board>_<season>_<userId>"): one lookup each, with the stat at first sight. */
	private readonly seeking = new Set<string>();

	constructor(
		private readonly host: StatFeedHost,
		private readonly playerData: PlayerDataService,
		private readonly baselines: SeasonBaselines,
	) {}

	watching(userId: number) {
		return this.watchers.has(userId);
	}

	watch(player: Player) {
		const userId = player.UserId;
		this.watchers.set(
			userId,
			subscribe(selectPlayerData(userId), (data, previous) => {
				if (data === undefined || data.stats === previous?.stats) return;
				for (const board of this.host.boards()) this.feed(board, userId, data.stats, previous?.stats);
			}),
		);
		const stats = this.playerData.getData(player)?.stats;
		if (stats !== undefined) for (const board of this.host.boards()) this.feed(board, userId, stats, undefined);
	}

	unwatch(userId: number) {
		this.watchers.get(userId)?.();
		this.watchers.delete(userId);
		this.baselines.forget(userId);
	}

	/** A new season: every watched player's baseline for it is their stat now. */
	rollover(board: BoardConfig, upcoming: Season) {
		if (!needsBaseline(board)) return;
		for (const [userId] of this.watchers) {
			const stats = this.currentStats(userId);
			if (stats !== undefined) {
				task.spawn(() => this.baselines.ensure(board.name, upcoming.id, userId, stats[board.source]));
			}
		}
	}

	private feed(board: BoardConfig, userId: number, stats: PlayerStats, previous: PlayerStats | undefined) {
		const season = this.host.season(board.name);
		if (!needsBaseline(board)) {
			const value = reportedValue(board, stats, previous, undefined);
			if (value !== undefined) this.host.report(board.name, userId, value);
			return;
		}
		const baseline = this.baselines.peek(board.name, season.id, userId);
		if (baseline !== undefined || previous !== undefined) {
			const value = reportedValue(board, stats, previous, baseline);
			if (value !== undefined) this.host.report(board.name, userId, value);
			if (baseline !== undefined) return;
		}
		// First sight this season: the baseline is the stat then (or the one an earlier session stored).
		const key = `${board.name}_${season.id}_${userId}`;
		if (this.seeking.has(key)) return;
		const firstSeen = previous !== undefined ? previous[board.source] : stats[board.source];
		this.seeking.add(key);
		task.spawn(() => {
			let base = this.baselines.ensure(board.name, season.id, userId, firstSeen);
			// Deferred (budget) or failed: try again while the player stays and the season lasts.
			while (base === undefined && this.watchers.has(userId) && this.host.season(board.name) === season) {
				task.wait(BASELINE_RETRY);
				base = this.baselines.ensure(board.name, season.id, userId, firstSeen);
			}
			this.seeking.delete(key);
			const current = this.currentStats(userId);
			if (base === undefined || current === undefined || this.host.season(board.name) !== season) return;
			const value = reportedValue(board, current, undefined, base);
			if (value !== undefined) this.host.report(board.name, userId, value);
		});
	}

	private currentStats(userId: number): PlayerStats | undefined {
		const player = Players.GetPlayerByUserId(userId);
		return player && this.playerData.getData(player)?.stats;
	}
}
