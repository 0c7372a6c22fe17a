import { Players } from "@rbxts/services";
import { BoardConfig } from "shared/config/leaderboards";
import { encodeValue, writeModeOf } from "shared/leaderboards/ranking";
import { BoardCache } from "./board-cache";
import { BoardRegistry } from "./board-registry";
import { WriteQueue } from "./write-queue";

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/**
 * The writes: declaring a board and reporting a score. A score is shown on this server at once (laid over
 * the cached top, and kept as the player's live value while they are here) and reaches the store on the next flush.
 */
export class LeaderboardWrites {
	constructor(
		private readonly registry: BoardRegistry,
		private readonly queue: WriteQueue,
		private readonly cache: BoardCache,
	) {}

	/** Declares a board (the config's boards are created at start); false when the name is taken. */
	createLeaderboard(config: BoardConfig): boolean {
		const season = this.registry.declare(config, unixNow());
		if (season === undefined) return false;
		this.cache.track(config.name, season.id);
		return true;
	}

	/**
	 * Reports a player's absolute value for the board's current season (best-of boards keep the better). `metadata`
	 * is stored beside the score, in the metadata store (see LeaderboardReads.getPlayerMetadata), never in it.
	 */
	updatePlayerScore(boardName: string, userId: number, value: number, metadata?: Record<string, unknown>): boolean {
		const board = this.registry.configs.get(boardName);
		const season = this.registry.seasons.get(boardName);
		const encoded = board && encodeValue(board.ranking, value);
		if (board === undefined || season === undefined || encoded === undefined) return false;
		const mode = writeModeOf(board.ranking);
		const values = this.registry.live.get(userId) ?? new Map<string, number>();
		const current = values.get(boardName);
		values.set(boardName, mode === "best" && current !== undefined ? math.max(current, encoded) : encoded);
		if (Players.GetPlayerByUserId(userId) !== undefined) this.registry.live.set(userId, values);
		this.queue.enqueue({ board: boardName, season: season.id, userId, encoded, mode, metadata });
		this.cache.apply(boardName, { userId, encoded, mode });
		this.registry.changed = true;
		return true;
	}

	/** Writes every pending score now (the admins' force synchronization). */
	flushWrites() {
		this.queue.flush();
	}
}
