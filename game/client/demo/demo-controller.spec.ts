import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { coinsOn, runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";
import { roundPhase, untilRoundPlays } from "testing/demo/demo-server";

const USER_ID = 512;

/**
 * The demo controller's real loop with a real character: the player steers (Humanoid:MoveTo, as the player's input
 * would, create.roblox.com/docs/reference/engine/classes/Humanoid#MoveTo) from pickup to pickup for a minute of a
 * round, and the controller alone decides when to collect.
 */
describe("the demo controller with a character", () => {
	it("asks for each pickup once, so the player sees no 'already collected' refusals, and reports no position", () => {
		const world = createWorld({ seed: 61 });
		const server = world.startServer();
		const client = world.join(USER_ID, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		world.runUntil(() => roundPhase(server) === "playing", 60);
		runOnClient(
			client,
			`
			_G.refusals = {}
			local events = require(client.network["client-events"]).ClientEvents
			events.actions.rejected:connect(function(action, reason)
				table.insert(_G.refusals, action .. ": " .. reason)
			end)
			task.spawn(function()
				local humanoid = game.Players.LocalPlayer.Character:WaitForChild("Humanoid")
				local folder = workspace:WaitForChild("Collectibles")
				while true do
					local root = humanoid.RootPart
					local best, bestDistance = nil, math.huge
					for _, part in folder:GetChildren() do
						local distance = (part.Position - root.Position).Magnitude
						if distance < bestDistance then best, bestDistance = part, distance end
					end
					if best then
						humanoid:MoveTo(best.Position)
						humanoid.MoveToFinished:Wait()
					else
						task.wait(0.5)
					end
				end
			end)
		`,
		);
		world.advance(60);
		const coinsEarned = runWithGame(
			server,
			`return require(game.ServerScriptService.server.state["game-state"]).gameDataAtom().totals.coinsEarned`,
		) as number;
		const refusals = runOnClient(client, `return _G.refusals`) as string[];
		// Coins or gems: at least 5 coins a pickup, and a minute of walking reaches many.
		expect(coinsEarned).toBeGreaterThanOrEqual(5 * 20);
		expect(refusals).toEqual([]);
		// The server reads the character's root part itself: a position report would be bytes it throws away.
		const sent = new Set<string>();
		for (const [name] of pairs(world.network().clients[tostring(USER_ID)].byName)) {
			const [remote] = name.match("^toServer:.*@DemoEvents%.(.*)$");
			if (remote !== undefined) sent.add(remote as string);
		}
		// Flamework names a remote by its last key: demo.collect is "collect", demo.move is "move".
		expect(sent.has("collect")).toBe(true);
		expect(sent.has("move")).toBe(false);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("asks only for a pickup the character touches, not one it passes a few studs away as another takes it", () => {
		// Two players cross one coin's row at once: one runs into the coin, the other passes 4 studs beside it. Touched
		// fires on contact between parts (create.roblox.com/docs/reference/engine/classes/BasePart#Touched), so only
		// the first collects; a reach of studs around the character had both ask, and one of them refused.
		const world = createWorld({ seed: 62 });
		const server = world.startServer();
		const [runner, passer] = [USER_ID + 1, USER_ID + 2];
		const clients = [runner, passer].map((userId) => world.join(userId, server));
		world.runUntil(() => clients.every((client) => clientCoins(client) !== undefined), 60);
		untilRoundPlays(world, server);
		const coin = new Vector3(0, 3, -60);
		const v = (at: Vector3) => `Vector3.new(${at.X}, ${at.Y}, ${at.Z})`;
		runWithGame(
			server,
			`local entityService = service("server/replication/entity-service@EntityService")
			local movement = service("server/demo/movement-service@MovementService")
			-- The spec's coin alone on the field: the round's own are taken away.
			for id, entity in require(game.ServerScriptService.server.replication["entity-service"]).entityStoreAtom().entities do
				if entity.kind == "collectible" then entityService:removeEntity(id) end
			end
			entityService:createEntity("coin-row", "collectible", { kind = "coin", position = ${v(coin)}, coins = 5, points = 1 })
			movement:moveCharacter(game.Players:GetPlayerByUserId(${runner}), ${v(coin.add(new Vector3(-10, 0, 0)))})
			movement:moveCharacter(game.Players:GetPlayerByUserId(${passer}), ${v(coin.add(new Vector3(-8.5, 0, 4)))})`,
		);
		world.advance(1);
		const targets = [coin, coin.add(new Vector3(10, 0, 4))];
		clients.forEach((client, index) =>
			runOnClient(client, `game.Players.LocalPlayer.Character.Humanoid:MoveTo(${v(targets[index])})`),
		);
		world.advance(3);
		const refused = runWithGame(
			server,
			`return require(game.ServerScriptService.server.network.rejections).rejectionStats().byReason["demo.collect: already-collected"]`,
		);
		expect(refused ?? 0).toBe(0);
		expect(coinsOn(server, runner)).toBe(5);
		expect(coinsOn(server, passer)).toBe(0);
		expect(world.scriptErrors()).toEqual([]);
	});
});
