import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins } from "../game-client";
import { createWorld } from "../world";

/**
 * A graceful shutdown in Roblox's order (create.roblox.com/docs/reference/engine/classes/DataModel#BindToClose): the
 * bound functions run while the players are still in the server, so they can save each one's data; the players are
 * removed with the shutdown message once the functions have returned (or 30 seconds have passed). What a player sees
 * is that the server is shutting down, never the game's "opened on another server" message, which ProfileStore's own
 * BindToClose would otherwise trigger as it ends every session (ProfileStore.IsClosing tells the two apart).
 */
describe("a server shutting down", () => {
	it("removes the players with the shutdown message once BindToClose has returned", () => {
		const world = createWorld({ seed: 71 });
		const server = world.startServer();
		const client = world.join(71, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		const report = server.shutdown();
		expect(report.timedOut).toBe(false);
		expect(server.alive()).toBe(false);
		expect(client.kickMessage()).toBe("This server is shutting down.");
		expect(world.counters().kicks).toBe(1);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("had the players in the server while the bound functions ran", () => {
		const world = createWorld({ seed: 72 });
		const server = world.startServer();
		const client = world.join(72, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		server.run(`
			game:BindToClose(function()
				workspace:SetAttribute("PlayersAtClose", #game.Players:GetPlayers())
				task.wait(2)
				workspace:SetAttribute("PlayersAfterWait", #game.Players:GetPlayers())
			end)
		`);
		server.shutdown();
		expect([
			server.game.Workspace.GetAttribute("PlayersAtClose"),
			server.game.Workspace.GetAttribute("PlayersAfterWait"),
		]).toEqual([1, 1]);
	});
});
