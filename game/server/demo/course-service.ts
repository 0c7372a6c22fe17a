import { OnStart, Service } from "@flamework/core";
import { Players } from "@rbxts/services";
import { COURSE_CONFIG, MAP_LAYOUT } from "shared/config/demo";
import { checkCourseRun } from "shared/demo/course-rules";
import { RejectionKind } from "shared/remotes/rejection";
import { addCoins } from "shared/data/player-data-updates";
import { GameAnalytics } from "server/analytics/game-analytics";
import { PlayerDataService } from "server/data/player-data-service";
import { ServerEvents } from "server/network/server-events";
import { DemoServerEvents } from "./demo-events";
import { rejectRequest } from "server/network/rejections";
import { MovementService } from "./movement-service";

const FINISH_REWARD = 25;

/** The timed course: start and finish checkpoints, each checked against the player's position; the best time is kept. */
@Service()
export class CourseService implements OnStart {
	private readonly runs = new Map<Player, number>();

	constructor(
		private readonly analytics: GameAnalytics,
		private readonly playerData: PlayerDataService,
		private readonly movement: MovementService,
	) {}

	onStart() {
		DemoServerEvents.demo.courseCheckpoint.connect((player, checkpoint) => this.checkpoint(player, checkpoint));
		Players.PlayerRemoving.Connect((player) => this.runs.delete(player));
	}

	private checkpoint(player: Player, checkpoint: "start" | "finish") {
		const reject = (kind: RejectionKind, detail?: string) =>
			rejectRequest(player, "demo.courseCheckpoint", kind, detail);
		const target = checkpoint === "start" ? MAP_LAYOUT.courseStart : MAP_LAYOUT.courseFinish;
		if (this.movement.positionOf(player).sub(target).Magnitude > COURSE_CONFIG.checkpointRadius) {
			return reject("not-at-checkpoint", checkpoint);
		}
		const now = os.clock();
		if (checkpoint === "start") {
			this.runs.set(player, now);
			return;
		}
		const startedAt = this.runs.get(player);
		if (startedAt === undefined) return reject("run-not-started");
		this.runs.delete(player);
		const milliseconds = math.floor((now - startedAt) * 1000);
		const problem = checkCourseRun(milliseconds);
		if (problem !== undefined) return reject(problem, `${milliseconds} ms`);
		const granted = this.playerData.update(player, (data) => {
			const best = data.stats.bestCourseMs === 0 ? milliseconds : math.min(data.stats.bestCourseMs, milliseconds);
			const rewarded = addCoins(data, FINISH_REWARD);
			return { ...rewarded, stats: { ...rewarded.stats, bestCourseMs: best } };
		});
		// No data to add the reward to (still loading, or let go as the server closes): nothing is announced.
		if (!granted) return reject(this.playerData.missingDataKind());
		ServerEvents.actions.rewarded.fire(player, "course finished", FINISH_REWARD);
		this.analytics.coinsEarned(player, FINISH_REWARD, "Gameplay", "course");
		this.analytics.custom(player, "CourseFinished", milliseconds);
	}
}
