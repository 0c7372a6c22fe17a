import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "testing/engine";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { findOnScreen } from "testing/bots/screen-path";
import { playerGui } from "testing/ui-client";
import { createWorld } from "testing/world";
import { collectOne } from "testing/demo/demo-client";
import { untilRoundPlays } from "testing/demo/demo-server";

const USER_ID = 931;

interface Progress {
	readonly points: number;
	readonly bestCourseMs: number;
	readonly owned: number;
	readonly coinsEarned: number;
}

describe("a bot playing the demo", () => {
	it("collects, runs the course and buys by steering its character and pressing buttons, never moving too fast", () => {
		const world = createWorld({ seed: 93 });
		const server = world.startServer();
		const client = world.join(USER_ID, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		// Quick thinking and only the demo's behaviours, so one round is enough to earn the cheapest cosmetic.
		const stats = client.startBot({ seed: 5, thinkMin: 0.5, thinkMax: 2, weights: { changeSettings: 0, idle: 0 } });
		const progress = () =>
			runWithGame(
				server,
				`
				local data = playerState.getPlayerData(${USER_ID})
				local gameData = require(game.ServerScriptService.server.state["game-state"]).gameDataAtom()
				return {
					points = data.stats.points, bestCourseMs = data.stats.bestCourseMs,
					owned = #data.cosmetics.owned, coinsEarned = gameData.totals.coinsEarned,
				}
			`,
			) as Progress;
		// Checked every few seconds of play rather than every frame (each check runs a snippet on the server). The bot
		// picks its behaviours at random, so a collect can take a few rounds to come up during a round.
		const actionsDone = () => stats.actions;
		for (let waited = 0; waited < 900; waited += 5) {
			const now = progress();
			const done = actionsDone();
			const everyAction = done.collect !== undefined && done.runCourse !== undefined && done.buy !== undefined;
			if (now.points > 0 && now.bestCourseMs > 0 && now.owned > 0 && everyAction) break;
			world.advance(5);
		}

		const final = progress();
		expect(final.points).toBeGreaterThan(0);
		expect(final.coinsEarned).toBeGreaterThan(0);
		// 140 studs between the checkpoints at WalkSpeed 16, less the checkpoint radius the controller fires within.
		expect(final.bestCourseMs).toBeGreaterThanOrEqual(7000);
		expect(final.owned).toBeGreaterThan(0);
		const actions = actionsDone();
		expect(actions.collect).toBeGreaterThan(0);
		expect(actions.runCourse).toBeGreaterThan(0);
		expect(actions.buy).toBeGreaterThan(0);
		const rejections = runWithGame(
			server,
			`return require(game.ServerScriptService.server.network.rejections).rejectionStats().byReason`,
		) as Record<string, number>;
		const refusedMovesOrRuns: string[] = [];
		for (const [reason] of pairs(rejections)) {
			const remote = reason.split(":")[0];
			if (remote === "demo.move" || remote === "demo.courseCheckpoint") refusedMovesOrRuns.push(reason);
		}
		expect(refusedMovesOrRuns).toEqual([]);
		// What the player saw: no error toast at all in normal play.
		expect(stats.errorToasts).toEqual({});
		// Every panel the bot opened to buy, it closed again.
		expect(findOnScreen(playerGui(client), ["ShopPanel"])).toBeUndefined();
		expect(world.scriptErrors()).toEqual([]);
	});

	it("has the playtest count a refused pickup as 'already collected', whatever its toast says", () => {
		const world = createWorld({ seed: 94 });
		const server = world.startServer();
		const client = world.join(USER_ID, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		untilRoundPlays(world, server);
		// A bot that only watches (it would think for a day before its first action).
		const stats = client.startBot({ seed: 1, thinkMin: 86400, thinkMax: 86400 });
		expect(collectOne(world, client)).toBeGreaterThan(0);
		// A pickup nobody has any more, asked for as a client that raced another player for it would.
		runOnClient(
			client,
			`require(client.demo["demo-events"]).DemoClientEvents.demo.collect:fire("collectible-gone")`,
		);
		world.advance(1);
		const summary = getEngine().botsSummary([stats]);
		expect(summary.collects).toBeGreaterThan(0);
		expect(summary.already_collected).toBe(1);
		// A race lost is counted, and not shown to the player as an error (toldToPlayer).
		expect(summary.error_toasts_total).toBe(0);
	});
});
