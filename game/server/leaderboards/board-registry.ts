import { BoardConfig } from "shared/config/leaderboards";
import { Season, seasonOf } from "shared/leaderboards/season";
import { HistoryEntry } from "./season-snapshot";

/**
 * What this server knows of its boards, shared by the writes, the reads, the schedule and the publishing: each
 * board's config and current season, its past seasons as last read, and the live values of the players here.
 */
export class BoardRegistry {
	readonly configs = new Map<string, BoardConfig>();
	/** Board names in the order they were declared: the order clients list them in. */
	readonly order: string[] = [];
	readonly seasons = new Map<string, Season>();
	/** Past seasons per board as last read, oldest first. */
	readonly history = new Map<string, HistoryEntry[]>();
	/** Encoded values per board of the players in this server, known before any flush or refresh. */
	readonly live = new Map<number, Map<string, number>>();
	/** Something clients are shown changed since the last publish. */
	changed = true;

	/** Adds a board in the season containing `now` (Unix seconds); undefined when the name is taken. */
	declare(config: BoardConfig, now: number): Season | undefined {
		if (this.configs.has(config.name)) return undefined;
		this.configs.set(config.name, config);
		this.order.push(config.name);
		const season = seasonOf(config.season, now);
		this.seasons.set(config.name, season);
		this.changed = true;
		return season;
	}

	/** Every board's config, in declaration order. */
	boards(): BoardConfig[] {
		return this.order.map((name) => this.configs.get(name)!);
	}
}
