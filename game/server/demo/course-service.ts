import { OnStart, Service } from "@flamework/core";
import { Players } from "@rbxts/services";
import { COURSE_CONFIG, MAP_LAYOUT } from "shared/config/demo";
import { addCoins } from "shared/data/player-data-updates";
import { GameAnalytics } from "server/analytics/game-analytics";
import { PlayerDataService } from "server/data/player-data-service";
import { ServerEvents } from "server/network/server-events";
import { recordRejection } from "server/network/rejections";
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
		ServerEvents.demo.courseCheckpoint.connect((player, checkpoint) => this.checkpoint(player, checkpoint));
		Players.PlayerRemoving.Connect((player) => this.runs.delete(player));
	}

	private checkpoint(player: Player, checkpoint: "start" | "finish") {
		const reject = (reason: string) => {
			recordRejection(player, "demo.courseCheckpoint", reason);
			ServerEvents.actions.rejected.fire(player, "demo.courseCheckpoint", reason);
		};
		const target = checkpoint === "start" ? MAP_LAYOUT.courseStart : MAP_LAYOUT.courseFinish;
		if (this.movement.positionOf(player).sub(target).Magnitude > COURSE_CONFIG.checkpointRadius) {
			return reject(`not at the ${checkpoint} checkpoint`);
		}
		const now = os.clock();
		if (checkpoint === "start") {
			this.runs.set(player, now);
			return;
		}
		const startedAt = this.runs.get(player);
		if (startedAt === undefined) return reject("finished a run that never started");
		this.runs.delete(player);
		const milliseconds = math.floor((now - startedAt) * 1000);
		if (milliseconds < COURSE_CONFIG.minimumMilliseconds) return reject("impossibly fast run");
		if (milliseconds > COURSE_CONFIG.maximumMilliseconds) return reject("the run took too long");
		this.playerData.update(player, (data) => {
			const best = data.stats.bestCourseMs === 0 ? milliseconds : math.min(data.stats.bestCourseMs, milliseconds);
			const rewarded = addCoins(data, FINISH_REWARD);
			return { ...rewarded, stats: { ...rewarded.stats, bestCourseMs: best } };
		});
		ServerEvents.actions.rewarded.fire(player, "course finished", FINISH_REWARD);
		this.analytics.coinsEarned(player, FINISH_REWARD, "Gameplay", "course");
		this.analytics.custom(player, "CourseFinished", milliseconds);
	}
}
