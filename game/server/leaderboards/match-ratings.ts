import { Players } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { updateRatings } from "shared/leaderboards/elo";
import { PlayerDataService } from "server/data/player-data-service";

/**
 * Updates ratings from a match (UserIds best placement first) through the player data; returns the new ratings.
 * Players not in this server or not loaded are left out. The rating board follows the stat like any other.
 */
export function updateMatchRatings(playerData: PlayerDataService, placements: readonly number[]): Map<number, number> {
	const players: Player[] = [];
	const ratings: number[] = [];
	for (const userId of placements) {
		const player = Players.GetPlayerByUserId(userId);
		const data = player && playerData.getData(player);
		if (player === undefined || data === undefined) continue;
		players.push(player);
		ratings.push(data.stats.rating);
	}
	const result = new Map<number, number>();
	const updated = updateRatings(ratings, LEADERBOARD_CONFIG.ELO_K);
	players.forEach((player, index) => {
		const rating = updated[index];
		result.set(player.UserId, rating);
		playerData.update(player, (data) => ({ ...data, stats: { ...data.stats, rating } }));
	});
	return result;
}
