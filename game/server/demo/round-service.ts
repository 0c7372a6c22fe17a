import { OnStart, Service } from "@flamework/core";
import { Players } from "@rbxts/services";
import { COLLECTIBLE_KINDS, DEMO_BADGES, DEMO_GAME_PASSES, MAP_LAYOUT, ROUND_CONFIG } from "shared/config/demo";
import { addCoins } from "shared/data/player-data-updates";
// Registers the onboarding steps this service logs.
import "shared/demo/analytics";
import { addScore, advancePhase, placements } from "shared/demo/round-rules";
import { Events } from "shared/events";
import { RejectionKind } from "shared/remotes/rejection";
import { GameAnalytics } from "server/analytics/game-analytics";
import { BadgeAwarder } from "server/badges/badge-awarder";
import { PlayerDataService } from "server/data/player-data-service";
import { GamePassService } from "server/monetization/game-pass-service";
import { ServerEvents } from "server/network/server-events";
import { rejectRequest } from "server/network/rejections";
import { EntityService, entityStoreAtom } from "server/replication/entity-service";
import { updateGameData } from "server/state/game-state";
import { DemoServerEvents } from "./demo-events";
import { MovementService } from "./movement-service";
import { roundAtom, updateRound } from "./round-state";

/**
 * The demo's rounds: intermission, a timed round with collectibles on the map, results. Collecting is checked on the
 * server (phase, distance, first come); the round's best scorer gets a win, everybody's best round score is kept, and
 * the placements go out as Events.roundFinished for ratings.
 */
@Service()
export class RoundService implements OnStart {
	private readonly random = new Random();
	private spawned = 0;

	constructor(
		private readonly playerData: PlayerDataService,
		private readonly entities: EntityService,
		private readonly movement: MovementService,
		private readonly passes: GamePassService,
		private readonly badges: BadgeAwarder,
		private readonly analytics: GameAnalytics,
	) {}

	onStart() {
		DemoServerEvents.demo.collect.connect((player, id) => this.collect(player, id));
		updateRound((round) => ({ ...round, endsAt: this.now() + ROUND_CONFIG.intermissionSeconds }));
		// Checked every quarter second rather than slept until the end, so a changed end time takes effect.
		task.spawn(() => {
			for (;;) {
				task.wait(0.25);
				if (this.now() >= roundAtom().endsAt) this.nextPhase();
			}
		});
	}

	private now() {
		return DateTime.now().UnixTimestampMillis / 1000;
	}

	private nextPhase() {
		const round = advancePhase(roundAtom(), this.now());
		roundAtom(round);
		if (round.phase === "playing") {
			for (let index = 0; index < ROUND_CONFIG.activeCollectibles; index++) this.spawnCollectible();
		} else if (round.phase === "results") {
			this.clearCollectibles();
			this.finishRound(round.scores);
		}
	}

	private finishRound(scores: Readonly<Record<string, number>>) {
		const order = placements(scores);
		for (const [key, score] of pairs(scores)) {
			const player = Players.GetPlayerByUserId(tonumber(key)!);
			if (player === undefined) continue;
			const won = order[0] === player.UserId;
			if (won) this.badges.award(player, DEMO_BADGES.firstRoundWon);
			this.analytics.onboarding(player, "First round finished");
			this.playerData.update(player, (data) => ({
				...data,
				stats: {
					...data.stats,
					roundsPlayed: data.stats.roundsPlayed + 1,
					wins: data.stats.wins + (won ? 1 : 0),
					bestRoundScore: math.max(data.stats.bestRoundScore, score),
				},
			}));
		}
		if (order.size() > 0) Events.roundFinished.fire(order);
	}

	private spawnCollectible() {
		const area = MAP_LAYOUT.collectibleArea;
		let total = 0;
		for (const kind of COLLECTIBLE_KINDS) total += kind.weight;
		let roll = this.random.NextNumber() * total;
		let chosen: (typeof COLLECTIBLE_KINDS)[number] = COLLECTIBLE_KINDS[0];
		for (const kind of COLLECTIBLE_KINDS) {
			roll -= kind.weight;
			if (roll <= 0) {
				chosen = kind;
				break;
			}
		}
		const position = area.center.add(
			new Vector3(
				this.random.NextNumber(-area.halfSize.X, area.halfSize.X),
				0,
				this.random.NextNumber(-area.halfSize.Z, area.halfSize.Z),
			),
		);
		this.spawned += 1;
		const round = roundAtom().number;
		this.entities.createEntity(`collectible-${round}-${this.spawned}`, "collectible", {
			kind: chosen.kind,
			position,
			coins: chosen.coins,
			points: chosen.points,
		});
	}

	private clearCollectibles() {
		for (const [id, entity] of pairs(entityStoreAtom().entities)) {
			if (entity.kind === "collectible") this.entities.removeEntity(id as string);
		}
	}

	private collect(player: Player, id: string) {
		const reject = (kind: RejectionKind, detail?: string) => rejectRequest(player, "demo.collect", kind, detail);
		if (roundAtom().phase !== "playing") return reject("no-round");
		const entity = entityStoreAtom().entities[id];
		if (entity === undefined || entity.kind !== "collectible") return reject("already-collected");
		const state = entity.state as { kind: string; position: Vector3; coins: number; points: number };
		const distance = this.movement.positionOf(player).sub(state.position).Magnitude;
		if (distance > ROUND_CONFIG.collectRadius) return reject("too-far", `${math.floor(distance)} studs`);
		if (this.playerData.getData(player) === undefined) return reject(this.playerData.missingDataKind());
		this.entities.removeEntity(id);
		const coins = this.passes.owns(player, DEMO_GAME_PASSES.doubleCoins) ? state.coins * 2 : state.coins;
		this.playerData.update(player, (data) => {
			const withCoins = addCoins(data, coins);
			return { ...withCoins, stats: { ...withCoins.stats, points: withCoins.stats.points + state.points } };
		});
		updateRound((round) => addScore(round, player.UserId, state.points));
		updateGameData((data) => ({
			...data,
			totals: { ...data.totals, coinsEarned: data.totals.coinsEarned + coins },
		}));
		ServerEvents.actions.rewarded.fire(player, "collected", coins);
		this.analytics.coinsEarned(player, coins, "Gameplay", `collect:${state.kind}`);
		this.analytics.onboarding(player, "First collect");
		this.spawnCollectible();
	}
}
