import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../world";

// create.roblox.com/docs/reference/engine/classes/Players: PlayerAdded on the server when a player joins,
// LocalPlayer on the client, PlayerRemoving when the player leaves.
describe("players in a world", () => {
	it("joins a server: the server sees the Player at once, the client after the latency", () => {
		const world = createWorld({ latency: 0.1, jitter: 0 });
		const server = world.startServer();
		const client = world.join(10, server, { name: "Alice" });
		expect(server.playerCount()).toBe(1);
		expect(client.connected()).toBe(false);
		world.advance(0.2);
		expect(client.connected()).toBe(true);
		expect(client.run(`return game.Players.LocalPlayer.Name .. ":" .. game.Players.LocalPlayer.UserId`)).toBe(
			"Alice:10",
		);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("gives every server its own JobId and the same PlaceId", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		expect(first.jobId).never.toBe(second.jobId);
		expect(first.run(`return game.JobId`)).toBe(first.jobId);
		expect(first.run(`return game.PlaceId`)).toBe(second.run(`return game.PlaceId`));
	});

	it("shows other players of the same server, and removes them when they leave", () => {
		const world = createWorld();
		const server = world.startServer();
		const alice = world.join(1, server, { name: "Alice" });
		const bob = world.join(2, server, { name: "Bob" });
		world.advance(0.5);
		const names = () =>
			alice.run(`
			local names = {}
			for _, player in game.Players:GetPlayers() do table.insert(names, player.Name) end
			table.sort(names)
			return table.concat(names, ",")
		`);
		expect(names()).toBe("Alice,Bob");
		bob.leave();
		world.advance(0.5);
		expect(names()).toBe("Alice");
		expect(server.playerCount()).toBe(1);
	});
});
