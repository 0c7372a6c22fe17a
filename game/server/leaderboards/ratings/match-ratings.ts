import { OnInit, Service } from "@flamework/core";
import { Players } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { Events } from "shared/events";
import { LeaderboardService } from "../leaderboard-service";
import { LeaderboardModule } from "../module";
import { updateRatings } from "./elo";

/**
 * Elo ratings from each finished round's placements (Events.roundFinished), kept in the player data's `rating` stat.
 * The rating board follows that stat like any other board follows its own.
 */
@Service()
export class MatchRatings implements OnInit, LeaderboardModule {
	readonly name = "ratings";

	constructor(private readonly leaderboards: LeaderboardService) {}

	onInit() {
		this.leaderboards.use(this);
	}

	start() {
		Events.roundFinished.connect((placements) => this.recordMatch(placements));
	}

	/**
	 * Updates ratings from a match (UserIds best placement first) through the player data; returns the new ratings.
	 * Players not in this server or not loaded are left out.
	 */
	recordMatch(placements: readonly number[]): Map<number, number> {
		const playerData = this.leaderboards.playerData;
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
}
