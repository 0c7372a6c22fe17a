import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient, WALK_TO } from "testing/game-client";
import { MOVEMENT_CONFIG } from "shared/config/demo";
import { coinsOn, giveCoins, runWithGame } from "testing/game-server";
import { loggedRefusals } from "testing/remote-walker";
import { createWorld, World, WorldClient, WorldServer } from "testing/world";

const ENTITIES = `service("server/replication/entity-service@EntityService")`;

function positionOf(server: WorldServer, userId: number) {
	return runWithGame(
		server,
		`return service("server/demo/movement-service@MovementService"):positionOf(game.Players:GetPlayerByUserId(${userId}))`,
	) as Vector3;
}

/** Movement and course refusals the server logged. */
function refusedMovement(world: World, server: WorldServer) {
	return loggedRefusals(world, server).filter(
		(line) => line.find("demo.move")[0] !== undefined || line.find("demo.courseCheckpoint")[0] !== undefined,
	);
}

/**
 * A character for the player, made by the server as Player:LoadCharacter does: a model with a HumanoidRootPart at the
 * spawn (create.roblox.com/docs/reference/engine/classes/Player#Character).
 */
function giveCharacter(server: WorldServer, userId: number) {
	runWithGame(
		server,
		`local player = game.Players:GetPlayerByUserId(${userId})
		local character = Instance.new("Model")
		character.Name = player.Name
		local root = Instance.new("Part")
		root.Name = "HumanoidRootPart"
		root.Position = Vector3.new(0, 3, 0)
		root.Parent = character
		character.PrimaryPart = root
		character.Parent = workspace
		player.Character = character`,
	);
}

/** Luau that reports positions straight from the course start to its finish at `speed` studs per second. */
function reportRun(speed: number) {
	return `
		local from, to = Vector3.new(60, 3, 0), Vector3.new(60, 3, 140)
		local position, started = from, os.clock()
		while position ~= to do
			task.wait(0.1)
			local covered = math.min((to - from).Magnitude, ${speed} * (os.clock() - started))
			position = from + (to - from).Unit * covered
			events.demo.move:fire(position)
		end`;
}

function playing(seed: number, userIds: number[]) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const clients = userIds.map((userId) => world.join(userId, server));
	world.runUntil(() => clients.every((client) => clientCoins(client) !== undefined), 60);
	// Until the first round starts (intermission is 15 s).
	world.runUntil(
		() =>
			runWithGame(
				server,
				`return require(game.ServerScriptService.server.state["game-state"]).gameDataAtom().round.phase`,
			) === "playing",
		30,
	);
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
		const { world, server, clients } = playing(81, [801]);
		const [client] = clients;
		world.runUntil(() => nearestCollectible(client) !== undefined, 5);
		const id = nearestCollectible(client);
		// From the spawn the collectible is out of reach.
		runOnClient(client, `require(client.network["client-events"]).ClientEvents.demo.collect:fire("${id}")`);
		world.advance(0.5);
		expect(clientCoins(client)).toBe(0);
		runOnClient(
			client,
			`${WALK_TO}
			local entity = require(client.replication["entity-controller"]).entitiesAtom()["${id}"]
			walkTo(entity.state.position)
			events.demo.collect:fire("${id}")
			events.demo.collect:fire("${id}")
		`,
		);
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

	it("refuses a 90-stud jump after standing still, and the collect made there", () => {
		const { world, server, clients } = playing(82, [802]);
		// A coin 90 studs from the spawn, where the player has stood since joining (more than a round's intermission).
		runWithGame(
			server,
			`${ENTITIES}:createEntity("coin-90", "collectible", { kind = "coin", position = Vector3.new(0, 3, -90), coins = 5, points = 1 })`,
		);
		runOnClient(
			clients[0],
			`local events = require(client.network["client-events"]).ClientEvents
			events.demo.move:fire(Vector3.new(0, 3, -90))
			task.wait(0.2)
			events.demo.collect:fire("coin-90")`,
		);
		world.advance(1);
		expect(positionOf(server, 802).Z).toBe(0);
		expect(coinsOn(server, 802)).toBe(0);
		expect(runWithGame(server, `return ${ENTITIES}:getEntityState("coin-90").version`)).toBe(1);
	});

	it("refuses a course run faster than the speed limit allows (4.2 s for 140 studs)", () => {
		const { world, server, clients } = playing(86, [807]);
		runOnClient(
			clients[0],
			`${WALK_TO}
			walkTo(Vector3.new(60, 3, 0))
			events.demo.courseCheckpoint:fire("start")
			${reportRun(140 / 4.2)}
			events.demo.courseCheckpoint:fire("finish")
		`,
		);
		world.advance(1);
		expect(runWithGame(server, `return playerState.getPlayerData(807).stats.bestCourseMs`)).toBe(0);
		expect(coinsOn(server, 807)).toBe(0);
	});

	it("accepts a course run at the speed limit with no refusal", () => {
		const { world, server, clients } = playing(87, [808]);
		runOnClient(
			clients[0],
			`${WALK_TO}
			walkTo(Vector3.new(60, 3, 0))
			events.demo.courseCheckpoint:fire("start")
			${reportRun(MOVEMENT_CONFIG.maxSpeed)}
			events.demo.courseCheckpoint:fire("finish")
		`,
		);
		world.advance(1);
		const best = runWithGame(server, `return playerState.getPlayerData(808).stats.bestCourseMs`) as number;
		// 140 studs at 24 studs/s.
		expect(best).toBeGreaterThanOrEqual(5500);
		expect(best).toBeLessThan(6500);
		expect(refusedMovement(world, server)).toEqual([]);
	});

	it("reads a character's root part and refuses a jump the server did not make", () => {
		const { world, server, clients } = playing(88, [809]);
		giveCharacter(server, 809);
		world.advance(0.5);
		runWithGame(
			server,
			`${ENTITIES}:createEntity("coin-far", "collectible", { kind = "coin", position = Vector3.new(0, 3, -90), coins = 5, points = 1 })`,
		);
		// The client owns its character's physics: what it writes to the root part replicates to the server.
		runWithGame(
			server,
			`game.Players:GetPlayerByUserId(809).Character.HumanoidRootPart.Position = Vector3.new(0, 3, -90)`,
		);
		world.advance(0.5);
		runOnClient(clients[0], `require(client.network["client-events"]).ClientEvents.demo.collect:fire("coin-far")`);
		world.advance(0.5);
		expect(coinsOn(server, 809)).toBe(0);
		expect(positionOf(server, 809).Z).toBe(0);
		expect(refusedMovement(world, server)).toEqual(["demo.move: moved-too-fast"]);
	});

	it("accepts a character walking at full speed, a respawn and a server teleport, with no refusal", () => {
		const { world, server } = playing(89, [810]);
		giveCharacter(server, 810);
		world.advance(0.5);
		// Walks 40 studs at the speed limit, a tenth of a second at a time, as the client's physics would.
		runWithGame(
			server,
			`local root = game.Players:GetPlayerByUserId(810).Character.HumanoidRootPart
			local started = os.clock()
			while root.Position.Z > -40 do
				task.wait(0.1)
				root.Position = Vector3.new(0, 3, math.max(-40, -${MOVEMENT_CONFIG.maxSpeed} * (os.clock() - started)))
			end`,
		);
		world.advance(0.5);
		expect(positionOf(server, 810).Z).toBe(-40);
		// A respawn: the server gives the player a new character back at the spawn.
		giveCharacter(server, 810);
		world.advance(0.5);
		expect(positionOf(server, 810).Z).toBe(0);
		// The server itself moves the character to the course.
		runWithGame(
			server,
			`service("server/demo/movement-service@MovementService"):moveCharacter(game.Players:GetPlayerByUserId(810), Vector3.new(60, 3, 0))`,
		);
		world.advance(0.5);
		expect(positionOf(server, 810).X).toBe(60);
		expect(refusedMovement(world, server)).toEqual([]);
	});

	it("gives the round's best scorer a win and records everyone's best round score", () => {
		const { world, server, clients } = playing(83, [803, 804]);
		runWithGame(
			server,
			`
			local state = require(game.ServerScriptService.server.state["game-state"])
			state.updateGameData(function(data)
				local round = table.clone(data.round) round.scores = { ["803"] = 4, ["804"] = 9 } round.endsAt = 0
				local copy = table.clone(data) copy.round = round return copy
			end)
		`,
		);
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
			events.demo.courseCheckpoint:fire("start")
			events.demo.courseCheckpoint:fire("finish") -- at the start line: refused
			walkTo(Vector3.new(60, 3, 140))
			events.demo.courseCheckpoint:fire("finish")
		`,
		);
		world.advance(1);
		const best = runWithGame(server, `return playerState.getPlayerData(805).stats.bestCourseMs`) as number;
		expect(best).toBeGreaterThanOrEqual(7000);
		expect(best).toBeLessThan(9000);
	});

	it("sells a cosmetic for coins through the secure action, and refuses it without the coins", () => {
		const { world, server, clients } = playing(85, [806]);
		const buy = (item: string) =>
			runOnClient(
				clients[0],
				`require(client.network["client-events"]).ClientEvents.shop.requestPurchase:fire("${item}")`,
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
