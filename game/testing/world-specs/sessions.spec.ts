import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../world";

describe("player sessions", () => {
	// create.roblox.com/docs/reference/engine/classes/Player#Kick: the client is disconnected with the message.
	it("ends the client with the kick message and removes the player on the server", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(3, server);
		world.advance(0.2);
		server.run(`game.Players:GetPlayerByUserId(3):Kick("Come back later")`);
		world.advance(0.2);
		expect(client.kickMessage()).toBe("Come back later");
		expect(client.connected()).toBe(false);
		expect(server.playerCount()).toBe(0);
	});

	it("fires PlayerRemoving only after a timeout when a client vanishes", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(4, server);
		world.advance(0.2);
		server.run(`game.Players.PlayerRemoving:Connect(function(p) _G.removedAt = time() end)`);
		const vanishedAt = world.now();
		client.disconnect();
		world.advance(1);
		expect(server.playerCount()).toBe(1);
		world.advance(6);
		expect(server.playerCount()).toBe(0);
		expect((server.run(`return _G.removedAt`) as number) - vanishedAt).toBeGreaterThanOrEqual(5);
	});

	it("moves a player to another server on hop", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		const client = world.join(5, first);
		world.advance(0.2);
		client.hop(second);
		world.advance(3);
		expect(first.playerCount()).toBe(0);
		expect(second.playerCount()).toBe(1);
		expect(client.server().jobId).toBe(second.jobId);
		// A client reads its server's JobId (create.roblox.com/docs/reference/engine/classes/DataModel#JobId).
		expect(client.run(`return game.JobId`)).toBe(second.jobId);
		expect(client.connected()).toBe(true);
	});
});

describe("server lifetime", () => {
	// create.roblox.com/docs/reference/engine/classes/DataModel#BindToClose: callbacks run in parallel; the server
	// waits for them for at most 30 seconds.
	it("runs BindToClose callbacks in parallel and closes when they finish", () => {
		const world = createWorld();
		const server = world.startServer();
		server.run(`
			game:BindToClose(function() task.wait(4) _G.first = time() end)
			game:BindToClose(function() task.wait(6) _G.second = time() end)
		`);
		const report = server.shutdown();
		// The game's own BindToClose (ProfileStore's) runs too.
		expect(report.callbacks).toBeGreaterThanOrEqual(2);
		expect(report.completed).toBe(report.callbacks);
		expect(report.timedOut).toBe(false);
		const took = (report.finishedAt ?? math.huge) - report.startedAt;
		expect(took).toBeGreaterThanOrEqual(6);
		expect(took).toBeLessThan(7);
		expect(server.alive()).toBe(false);
	});

	it("stops waiting for BindToClose after 30 seconds", () => {
		const world = createWorld();
		const server = world.startServer();
		server.run(`game:BindToClose(function() task.wait(100) end)`);
		const report = server.shutdown();
		expect(report.timedOut).toBe(true);
		expect((report.finishedAt ?? 0) - report.startedAt).toBeLessThan(30.1);
	});

	it("kicks the players of a server that shuts down", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(6, server);
		world.advance(0.2);
		server.shutdown();
		expect(client.kickMessage()).toMatch("shutting down");
	});

	it("runs nothing more on a crashed server, and its clients lose the connection", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(8, server);
		world.advance(0.2);
		server.run(
			`game:BindToClose(function() _G.closed = true end) task.spawn(function() while true do task.wait(1) _G.ticks = (_G.ticks or 0) + 1 end end)`,
		);
		server.crash();
		world.advance(5);
		expect(server.alive()).toBe(false);
		expect(client.connected()).toBe(false);
	});
});

describe("determinism", () => {
	function trace(seed: number) {
		const world = createWorld({ seed, jitter: 0.03 });
		const first = world.startServer();
		const second = world.startServer();
		for (const userId of [1, 2, 3]) world.join(userId, userId % 2 === 0 ? first : second);
		world.advance(2);
		const traffic = world.network();
		return `${first.jobId}/${second.jobId}/${traffic.delivered}/${traffic.clients["1"].toClient}`;
	}

	it("replays the same run for the same seed, and differs for another seed", () => {
		expect(trace(42)).toBe(trace(42));
		expect(trace(42)).never.toBe(trace(43));
	});
});
