import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";
import { roundPhase } from "testing/demo/demo-server";

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
});
