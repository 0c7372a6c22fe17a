import { OnStart, Service } from "@flamework/core";
import { HEALTH_THRESHOLDS } from "shared/config/admin";
import { assessSystem } from "shared/integration/health";
import { IntegrationService } from "server/integration/integration-service";
import { LeaderboardService } from "./leaderboard-service";

/** Puts the leaderboards into the health report and the admins' force synchronization. */
@Service()
export class LeaderboardHealth implements OnStart {
	constructor(
		private readonly integration: IntegrationService,
		private readonly leaderboards: LeaderboardService,
	) {}

	onStart() {
		this.integration.register({
			name: "leaderboards",
			health: () => {
				const stats = this.leaderboards.getLeaderboardStats();
				let oldestCache = 0;
				for (const [, board] of pairs(stats.boards)) oldestCache = math.max(oldestCache, board.cacheAge ?? 0);
				return assessSystem(
					"leaderboards",
					[
						["pending writes", stats.pendingWrites, HEALTH_THRESHOLDS.leaderboardPendingWrites],
						// Age beyond the refresh interval this server can afford (small servers refresh less often).
						[
							"seconds the oldest cache is overdue",
							math.max(0, math.floor(oldestCache - stats.refreshInterval)),
							HEALTH_THRESHOLDS.leaderboardCacheAge,
						],
					],
					{ boards: stats.totalLeaderboards, pendingWrites: stats.pendingWrites, errors: stats.errors },
				);
			},
			flush: () => this.leaderboards.flushWrites(),
		});
	}
}
