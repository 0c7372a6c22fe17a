import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";

// create.roblox.com/docs/reference/engine/classes/Players#GetNameFromUserIdAsync,
// create.roblox.com/docs/reference/engine/classes/Players#GetUserIdFromNameAsync and
// create.roblox.com/docs/reference/engine/classes/UserService#GetUserInfosByUserIdsAsync.
// Engine decision: positive ids the world never saw are users named Player<id>; ids <= 0 do not exist. The specs that
// read such names test that documented deviation (docs/engine.md, "Users the world never saw"): Roblox answers with
// the real account's name, or an error for an id with no account.

describe("user lookups", () => {
	it("names players who joined, also after they left, and yields for the request", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(42, server, { name: "Alice", displayName: "Ally" });
		world.advance(0.5);
		const before = world.now();
		expect(server.run(`return game:GetService("Players"):GetNameFromUserIdAsync(42)`)).toBe("Alice");
		expect(world.now()).toBeGreaterThan(before);
		client.leave();
		world.advance(1);
		expect(server.run(`return game:GetService("Players"):GetNameFromUserIdAsync(42)`)).toBe("Alice");
		// Usernames are case-insensitive.
		expect(server.run(`return game:GetService("Players"):GetUserIdFromNameAsync("aLiCe")`)).toBe(42);
	});

	it("falls back to Player<id> for unknown ids and errors for users that cannot exist (engine deviation)", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`
			local Players = game:GetService("Players")
			return {
				Players:GetNameFromUserIdAsync(777),
				Players:GetUserIdFromNameAsync("Player777"),
				(pcall(Players.GetNameFromUserIdAsync, Players, -5)),
				(pcall(Players.GetUserIdFromNameAsync, Players, "nobody here")),
			}
		`);
		expect(result).toEqual(["Player777", 777, false, false]);
	});

	it("returns user infos for existing ids, at most 200 per call (Player<id> is the engine deviation)", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(8, server, { name: "Bob", displayName: "Bobby" });
		world.advance(0.5);
		const infos = server.run(`return game:GetService("UserService"):GetUserInfosByUserIdsAsync({ 8, -1, 9 })`) as {
			Id: number;
			Username: string;
			DisplayName: string;
			HasVerifiedBadge: boolean;
		}[];
		expect(infos).toEqual([
			{ Id: 8, Username: "Bob", DisplayName: "Bobby", HasVerifiedBadge: false },
			{ Id: 9, Username: "Player9", DisplayName: "Player9", HasVerifiedBadge: false },
		]);
		const tooMany = server.run(`
			local ids = {}
			for id = 1, 201 do ids[id] = id end
			local service = game:GetService("UserService")
			return (pcall(service.GetUserInfosByUserIdsAsync, service, ids))
		`);
		expect(tooMany).toBe(false);
	});
});
