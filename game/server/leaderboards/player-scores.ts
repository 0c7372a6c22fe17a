import { BoardConfig } from "shared/config/leaderboards";
import { DEFAULT_PLAYER_DATA, PlayerStats } from "shared/data/player-data";
import { encodeValue, writeModeOf } from "shared/leaderboards/ranking";

/**
 * What a stat change means for a board, pure: the value (not encoded) to report for the current season, or undefined
 * when nothing should be written.
 *
 *  - all-time boards follow the stat itself, reported on load too (an absolute value: rewriting it is harmless),
 *    except a stat still at its default (a new player's 1000 rating is not a result: 100 joins would be 100 writes);
 *  - seasonal accumulating boards (Points, Wins) report stat - baseline, the baseline being the stat when the season
 *    first saw the player (see season-baselines.ts); nothing while the baseline is unknown or the gain is zero;
 *  - seasonal best-of boards (Score, Time) report a new best reached during the season (the stat changed), never the
 *    all-time best on load. Game code that knows each round's result can call updatePlayerScore directly instead.
 */
export function reportedValue(
	board: BoardConfig,
	stats: PlayerStats,
	previous: PlayerStats | undefined,
	baseline: number | undefined,
): number | undefined {
	const value = stats[board.source];
	const changed = previous === undefined || previous[board.source] !== value;
	if (board.season === "all-time") {
		const untouched = previous === undefined && value === DEFAULT_PLAYER_DATA.stats[board.source];
		return changed && !untouched && encodeValue(board.ranking, value) !== undefined ? value : undefined;
	}
	if (writeModeOf(board.ranking) === "best") {
		return previous !== undefined && changed && encodeValue(board.ranking, value) !== undefined ? value : undefined;
	}
	if (baseline === undefined) return undefined;
	const gained = value - baseline;
	return gained > 0 && changed ? gained : undefined;
}

/** Whether a board needs a season baseline (seasonal and accumulating). */
export function needsBaseline(board: BoardConfig): boolean {
	return board.season !== "all-time" && writeModeOf(board.ranking) === "set";
}
