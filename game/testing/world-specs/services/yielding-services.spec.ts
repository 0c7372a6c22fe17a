// The web calls of a server's services yield; from a thread that cannot yield they fail as on Roblox, and the failed
// call leaves no wake-up behind.
import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";

const CALLS = [
	['DataStoreService:GetDataStore("s"):GetAsync("k")', "DataStore:GetAsync"],
	['game:GetService("Players"):GetNameFromUserIdAsync(7)', "Players:GetNameFromUserIdAsync"],
	['game:GetService("MessagingService"):PublishAsync("topic", 1)', "MessagingService:PublishAsync"],
	['game:GetService("MemoryStoreService"):GetSortedMap("m"):GetAsync("k")', "MemoryStoreSortedMap:GetAsync"],
	['game:GetService("MarketplaceService"):GetProductInfo(1)', "MarketplaceService:GetProductInfo"],
] as const;

// create.roblox.com/docs/reference/engine/libraries/coroutine#isyieldable
// create.roblox.com/docs/reference/engine/classes/DataStore#GetAsync
describe("service calls where the thread cannot yield", () => {
	for (const [call, name] of CALLS) {
		it(`${name} in a generic-for iterator call fails with "thread is not yieldable" and never resumes the thread`, () => {
			const world = createWorld();
			const server = world.startServer();
			const result = server.run(`
				local DataStoreService = game:GetService("DataStoreService")
				local never = Instance.new("BindableEvent")
				local result = { resumed = false }
				task.spawn(function()
					result.ok, result.message = pcall(function()
						for _ in function() ${call} return nil end do end
					end)
					never.Event:Wait()
					result.resumed = true
				end)
				task.wait(2)
				return result
			`) as { ok: boolean; message: string; resumed: boolean };
			expect(result).toEqual({ ok: false, message: "thread is not yieldable", resumed: false });
		});
	}
});
