import { BoardConfig } from "shared/config/leaderboards";
import { Season } from "shared/leaderboards/season";
import { BoardState } from "shared/leaderboards/view";
import { PlayerDataService } from "server/data/player-data-service";
import { BoardCache, TopSource } from "./board-cache";
import { NameCache } from "./names";
import { RequestBudget } from "./request-budget";
import { WriteCompanion, WriteQueue } from "./write-queue";

/** What a module may use of the core: its request budget, queue, cache and names, and the declared boards. */
export interface LeaderboardCore {
	readonly budget: RequestBudget;
	readonly queue: WriteQueue;
	readonly cache: BoardCache;
	readonly names: NameCache;
	readonly playerData: PlayerDataService;
	board(name: string): BoardConfig | undefined;
	boards(): BoardConfig[];
	/** A board's current season. */
	season(name: string): Season | undefined;
	/** Something clients are shown changed: they get it on the next publish. */
	changed(): void;
}

/**
 * An optional part of the leaderboards (season history, metadata, ratings...). A module is a service that hands
 * itself to LeaderboardService.use in its onInit; the core calls its hooks, every one optional, in the order the
 * modules registered. Dropping a module is deleting its folder and its import in runtime.server.ts.
 */
export interface LeaderboardModule extends TopSource, WriteCompanion {
	readonly name: string;
	/** Once, when the core starts (its boards are declared). */
	start?(core: LeaderboardCore): void;
	/** Once a second while the stores are reachable; `occupied` says the server has players. */
	onTick?(occupied: boolean): void;
	/** A board moved into a new season (the core already reads and writes the upcoming one). */
	onSeasonEnd?(board: BoardConfig, finished: Season, upcoming: Season): void;
	/** Fields the module adds to a published board; `name` is the display name of a user id. */
	published?(board: BoardConfig, name: (userId: number) => string): Partial<BoardState>;
	/** At shutdown, after the writes drained; stops at `deadline` (os.clock()). */
	onShutdown?(deadline: number): void;
	/** The module's figures for getLeaderboardStats. */
	stats?(): { readonly errors: number; readonly lastError?: string; readonly counters?: object };
}
