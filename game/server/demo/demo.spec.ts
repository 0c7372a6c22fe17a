import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { giveCoins, runWithGame } from "testing/game-server";
import { createWorld, WorldClient } from "testing/world";
import { WALK_TO } from "testing/demo/demo-client";
import { endRound, untilRoundPlays } from "testing/demo/demo-server";

function playing(seed: number, userIds: number[]) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const clients = userIds.map((userId) => world.join(userId, server));
	world.runUntil(() => clients.every((client) => clientCoins(client) !== undefined), 60);
	untilRoundPlays(world, server);
	return { world, server, clients };
}

function nearestCollectible(client: WorldClient) {
	return runOnClient(
		client,
		`
		local from = require(game.ReplicatedStorage.testing.bots.walker).walkerOfLocalPlayer():currentPosition()
		local best, bestDistance
		for id, entity in require(client.replication["entity-controller"]).entitiesAtom() do
			if entity.kind == "collectible" then
				local distance = (entity.state.position - from).Magnitude
				if not bestDistance or distance < bestDistance then best, bestDistance = id, distance end
			end
		end
		return best
	`,
	) as string;
}

describe("the demo game", () => {
	it("pays for a collectible picked up in range, and refuses it from afar or twice", () => {
		// The demo controller collects what the character walks into; the spec asks from afar and again by hand.
		const { world, server, clients } = playing(81, [801]);
		const [client] = clients;
		world.runUntil(() => nearestCollectible(client) !== undefined, 5);
		const id = nearestCollectible(client);
		// From the spawn the collectible is out of reach.
		runOnClient(client, `require(client.demo["demo-events"]).DemoClientEvents.demo.collect:fire("${id}")`);
		world.advance(0.5);
		expect(clientCoins(client)).toBe(0);
		runOnClient(
			client,
			`${WALK_TO}
			local entity = require(client.replication["entity-controller"]).entitiesAtom()["${id}"]
			walkTo(entity.state.position)
		`,
		);
		world.advance(0.5);
		runOnClient(client, `require(client.demo["demo-events"]).DemoClientEvents.demo.collect:fire("${id}")`);
		world.advance(0.5);
		const coins = clientCoins(client)!;
		expect(coins === 5 || coins === 20).toBe(true);
		expect(runWithGame(server, `return playerState.getPlayerData(801).stats.points`)).toBeGreaterThan(0);
		const rejected = runWithGame(
			server,
			`return require(game.ServerScriptService.server.network.rejections).rejectionStats().byReason["demo.collect: already-collected"]`,
		);
		expect(rejected).toBe(1);
	});

	it("refuses a teleport: a move faster than the speed limit is ignored", () => {
		const { world, server, clients } = playing(82, [802]);
		runOnClient(
			clients[0],
			`require(client.demo["demo-events"]).DemoClientEvents.demo.move:fire(Vector3.new(0, 3, -500))`,
		);
		world.advance(0.5);
		// Still on the spawn (12 x 12 around the origin), where the character stands.
		expect(
			runWithGame(
				server,
				`return service("server/demo/movement-service@MovementService"):positionOf(game.Players:GetPlayerByUserId(802)).Z`,
			),
		).toBeGreaterThan(-7);
	});

	it("gives the round's best scorer a win and records everyone's best round score", () => {
		const { world, server, clients } = playing(83, [803, 804]);
		endRound(server, { 803: 4, 804: 9 });
		world.advance(2);
		expect(runWithGame(server, `return playerState.getPlayerData(804).stats.wins`)).toBe(1);
		expect(runWithGame(server, `return playerState.getPlayerData(803).stats.wins`)).toBe(0);
		expect(runWithGame(server, `return playerState.getPlayerData(803).stats.bestRoundScore`)).toBe(4);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("times a course run between checkpoints and refuses an impossible one", () => {
		const { world, server, clients } = playing(84, [805]);
		runOnClient(
			clients[0],
			`${WALK_TO}
			walkTo(Vector3.new(60, 3, 0))
			events.demo.courseCheckpoint:fire("start") -- again, now at the centre of the start line
			events.demo.courseCheckpoint:fire("finish") -- at the start line: refused
			walkTo(Vector3.new(60, 3, 140)) -- the demo controller reports the finish on the way in
		`,
		);
		world.advance(1);
		const best = runWithGame(server, `return playerState.getPlayerData(805).stats.bestCourseMs`) as number;
		expect(best).toBeGreaterThanOrEqual(7000);
		expect(best).toBeLessThan(9000);
	});

	it("announces no course reward it could not grant (the player's data is not loaded)", () => {
		const world = createWorld({ seed: 86 });
		const server = world.startServer();
		// The store fails for the first 60 s: the player plays before their data has arrived.
		world.addFault({ kind: "datastore-outage", server, from: world.now(), to: world.now() + 60 });
		const client = world.join(807, server);
		world.runUntil(() => runOnClient(client, `return game.Players.LocalPlayer.Character ~= nil`) === true, 20);
		const traffic = world.captureTraffic();
		runOnClient(
			client,
			`${WALK_TO}
			walkTo(Vector3.new(60, 3, 0))
			events.demo.courseCheckpoint:fire("start")
			walkTo(Vector3.new(60, 3, 140))
			events.demo.courseCheckpoint:fire("finish")
		`,
		);
		world.advance(1);
		expect(clientCoins(client)).toBe(undefined);
		const sent = traffic().filter((call) => call.userId === 807);
		expect(sent.filter((call) => call.remote.find("rewarded$")[0] !== undefined)).toEqual([]);
		const refusals = sent
			.filter((call) => call.remote.find("rejected$")[0] !== undefined)
			.map((call) => `${call.args[0]}: ${call.args[2]}`);
		expect(refusals).toContain("demo.courseCheckpoint: data-not-loaded");
	});

	it("sells a cosmetic for coins through the secure action, and refuses it without the coins", () => {
		const { world, server, clients } = playing(85, [806]);
		const buy = (item: string) =>
			runOnClient(
				clients[0],
				`require(client.demo["demo-events"]).DemoClientEvents.shop.requestPurchase:fire("${item}")`,
			);
		buy("cap");
		world.advance(0.5);
		expect(runWithGame(server, `return #playerState.getPlayerData(806).cosmetics.owned`)).toBe(0);
		giveCoins(server, 806, 150);
		buy("cap");
		world.advance(0.5);
		expect(runWithGame(server, `return table.concat(playerState.getPlayerData(806).cosmetics.owned, ",")`)).toBe(
			"cap",
		);
		expect(clientCoins(clients[0])).toBe(50);
	});
});
