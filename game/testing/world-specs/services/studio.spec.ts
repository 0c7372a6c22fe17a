import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "testing/world";

/**
 * Studio without API access (the world's `studio` option): by default "games tested in Studio can't access data
 * stores" (create.roblox.com/docs/cloud-services/data-stores, "Enable Studio access"), and a request fails with 403
 * StudioAccessToApisNotAllowed (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits). Memory
 * stores fail the same way here (docs/engine.md, deviations).
 */
const CALLS = `
	local DataStoreService = game:GetService("DataStoreService")
	local MemoryStoreService = game:GetService("MemoryStoreService")
	local results = {}
	local function try(name, fn)
		local started = os.clock()
		local ok, message = pcall(fn)
		results[name] = { ok = ok, message = tostring(message), waited = os.clock() - started }
	end
	try("get", function() return DataStoreService:GetDataStore("s"):GetAsync("k") end)
	try("set", function() DataStoreService:GetDataStore("s"):SetAsync("k", 1) end)
	try("update", function() DataStoreService:GetDataStore("s"):UpdateAsync("k", function() return 2 end) end)
	try("sorted", function() DataStoreService:GetOrderedDataStore("o"):GetSortedAsync(false, 10) end)
	try("ordered", function() DataStoreService:GetOrderedDataStore("o"):SetAsync("k", 3) end)
	try("memory", function() MemoryStoreService:GetSortedMap("m"):SetAsync("k", 1, 60) end)
	results.studio = game:GetService("RunService"):IsStudio()
	return results
`;

type Call = { ok: boolean; message: string; waited: number };

describe("Studio without API access", () => {
	it("fails every DataStore, OrderedDataStore and MemoryStore request with the 403, after a round trip", () => {
		const world = createWorld({ seed: 1601, studio: true });
		const server = world.startServer();
		const results = server.run(CALLS) as Record<string, Call> & { studio: boolean };
		expect(results.studio).toBe(true);
		for (const name of ["get", "set", "update", "sorted", "ordered", "memory"]) {
			const call = results[name];
			expect(call.ok).toBe(false);
			expect(call.message).toMatch("403");
			expect(call.message).toMatch("API access is not enabled");
			expect(call.waited).toBeGreaterThan(0);
		}
		// Nothing reached the store.
		expect(world.readStore("s", "k")).toBeUndefined();
		const client = world.join(1, server);
		world.runUntil(() => client.connected(), 30);
		expect(client.run(`return game:GetService("RunService"):IsStudio()`)).toBe(true);
	});

	it("answers every request on a world without the option, where IsStudio is false", () => {
		const world = createWorld({ seed: 1602 });
		const results = world.startServer().run(CALLS) as Record<string, Call> & { studio: boolean };
		expect(results.studio).toBe(false);
		for (const name of ["get", "set", "update", "sorted", "ordered", "memory"]) expect(results[name].ok).toBe(true);
		expect(world.readStore("s", "k")).toBe(2);
	});
});
