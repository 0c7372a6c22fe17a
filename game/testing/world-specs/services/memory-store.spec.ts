import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";

// Rules from create.roblox.com/docs/reference/engine/classes/MemoryStoreSortedMap and
// create.roblox.com/docs/cloud-services/memory-stores/sorted-map.

const MAP = `local map = game:GetService("MemoryStoreService"):GetSortedMap("test")\n`;

describe("MemoryStoreSortedMap", () => {
	// SetAsync returns true when it adds an item, false when it replaces one; GetAsync returns value and sort key.
	it("shares items between servers", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		expect(first.run(MAP + `return map:SetAsync("k", { n = 1 }, 60)`)).toBe(true);
		expect(first.run(MAP + `return map:SetAsync("k", { n = 2 }, 60, 7)`)).toBe(false);
		expect(second.run(MAP + `local value, sortKey = map:GetAsync("k") return { value.n, sortKey }`)).toEqual([
			2, 7,
		]);
		expect(second.run(MAP + `map:RemoveAsync("k") return map:GetAsync("k") == nil`)).toBe(true);
	});

	// Items are removed when their expiration passes; the maximum expiration is 45 days (3,888,000 s).
	it("expires items by virtual time and rejects expirations over 45 days", () => {
		const world = createWorld();
		const server = world.startServer();
		server.run(MAP + `map:SetAsync("short", true, 10)`);
		world.advance(9);
		expect(server.run(MAP + `return map:GetAsync("short")`)).toBe(true);
		world.advance(1.5);
		expect(server.run(MAP + `return map:GetAsync("short") == nil`)).toBe(true);
		const result = server.run(MAP + `return { pcall(map.SetAsync, map, "long", 1, 3888001) }`) as [boolean, string];
		expect(result[0]).toBe(false);
		expect(result[1]).toMatch("45 days");
		expect(server.run(MAP + `return (pcall(map.SetAsync, map, "long", 1, 3888000))`)).toBe(true);
	});

	// Numeric sort keys first, then string sort keys, then no sort key; ties by key. count is at most 200.
	it("returns ranges in the documented order, both directions, within exclusive bounds", () => {
		const world = createWorld();
		const server = world.startServer();
		const keys = server.run(
			MAP +
				`
			map:SetAsync("d", 1, 60)
			map:SetAsync("a", 1, 60)
			map:SetAsync("s", 1, 60, "b")
			map:SetAsync("n2", 1, 60, 2)
			map:SetAsync("n1", 1, 60, 1)
			local function keys(items)
				local list = {}
				for _, item in items do table.insert(list, item.key) end
				return table.concat(list, ",")
			end
			return {
				keys(map:GetRangeAsync(Enum.SortDirection.Ascending, 200)),
				keys(map:GetRangeAsync(Enum.SortDirection.Descending, 2)),
				keys(map:GetRangeAsync(Enum.SortDirection.Ascending, 10, { sortKey = 1, key = "n1" })),
				keys(map:GetRangeAsync(Enum.SortDirection.Ascending, 10, nil, { sortKey = "b" })),
				(pcall(map.GetRangeAsync, map, Enum.SortDirection.Ascending, 201)),
			}
		`,
		);
		expect(keys).toEqual(["n1,n2,s,a,d", "d,a", "n2,s,a,d", "n1,n2", false]);
	});

	// "If the value did change, the transform function is invoked again with the most recent item value."
	it("re-runs the transform on conflicting updates and loses none", () => {
		const world = createWorld({ seed: 11 });
		const servers = [world.startServer(), world.startServer()];
		for (const server of servers) {
			server.run(`
				_G.calls, _G.done = 0, 0
				local map = game:GetService("MemoryStoreService"):GetSortedMap("counter")
				for _ = 1, 5 do
					task.spawn(function()
						map:UpdateAsync("count", function(old)
							_G.calls += 1
							return (old or 0) + 1
						end, 60)
						_G.done += 1
					end)
				end
			`);
		}
		world.advance(5);
		expect(servers.map((server) => server.run(`return _G.done`))).toEqual([5, 5]);
		expect(
			servers[0].run(`return game:GetService("MemoryStoreService"):GetSortedMap("counter"):GetAsync("count")`),
		).toBe(10);
		const calls = servers.reduce((sum, server) => sum + (server.run(`return _G.calls`) as number), 0);
		expect(calls).toBeGreaterThan(10);
	});

	// A lease: UpdateAsync that only writes when nobody holds the key; returning nil cancels.
	it("gives a lease to exactly one of two racing servers", () => {
		for (const seed of [1, 2, 3, 4]) {
			const world = createWorld({ seed });
			const servers = [world.startServer(), world.startServer()];
			for (const server of servers) {
				server.run(`
					_G.result = nil
					task.spawn(function()
						local map = game:GetService("MemoryStoreService"):GetSortedMap("leases")
						local value = map:UpdateAsync("boss", function(old)
							if old ~= nil then return nil end
							return { owner = game.JobId }
						end, 30)
						_G.result = if value then value.owner else false
					end)
				`);
			}
			world.advance(2);
			const holders = servers.filter((server) => server.run(`return _G.result`) === server.jobId);
			expect(holders.size()).toBe(1);
			expect(
				servers[0].run(
					`return game:GetService("MemoryStoreService"):GetSortedMap("leases"):GetAsync("boss").owner`,
				),
			).toBe(holders[0].jobId);
			// The lease lapses with its expiration, and the other server can take it.
			world.advance(31);
			expect(
				servers[1].run(
					`return game:GetService("MemoryStoreService"):GetSortedMap("leases"):GetAsync("boss") == nil`,
				),
			).toBe(true);
		}
	});
});

// Rules from create.roblox.com/docs/reference/engine/classes/MemoryStoreHashMap and
// create.roblox.com/docs/cloud-services/memory-stores/hash-map: GetAsync(key) returns the value (nil when absent),
// SetAsync(key, value, expiration) returns whether it stored; items expire; a value holds at most 32 KB.
const HASH = `local map = game:GetService("MemoryStoreService"):GetHashMap("test")\n`;

describe("MemoryStoreHashMap", () => {
	it("shares items between servers, apart from a sorted map of the same name, until they expire", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		expect(first.run(HASH + `return map:SetAsync("k", { n = 1 }, 10)`)).toBe(true);
		expect(second.run(HASH + `return map:GetAsync("k").n`)).toBe(1);
		expect(second.run(MAP + `return map:GetAsync("k") == nil`)).toBe(true);
		world.advance(10.5);
		expect(second.run(HASH + `return map:GetAsync("k") == nil`)).toBe(true);
		expect(first.run(HASH + `map:SetAsync("k", 1, 60) map:RemoveAsync("k") return map:GetAsync("k") == nil`)).toBe(
			true,
		);
	});

	it("refuses a value over 32 KB and an expiration over 45 days, and updates with the newest value", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(
			HASH +
				`local big = string.rep("x", 33 * 1024)
			local okBig, bigError = pcall(map.SetAsync, map, "big", big, 60)
			local okLong = pcall(map.SetAsync, map, "long", 1, 3888001)
			local okFits = pcall(map.SetAsync, map, "fits", string.rep("x", 30 * 1024), 60)
			map:SetAsync("count", 1, 60)
			local updated = map:UpdateAsync("count", function(old) return old + 1 end, 60)
			return { okBig, tostring(bigError), okLong, okFits, updated, map:GetAsync("count") }`,
		) as [boolean, string, boolean, boolean, number, number];
		expect(result[0]).toBe(false);
		expect(result[1]).toMatch("32 KB");
		expect(result[2]).toBe(false);
		expect(result[3]).toBe(true);
		expect([result[4], result[5]]).toEqual([2, 2]);
	});

	it("fails every call of a server under memorystore-outage", () => {
		const world = createWorld();
		const server = world.startServer();
		world.addFault({ kind: "memorystore-outage", server });
		const [ok, problem] = server.run(HASH + `return { pcall(map.GetAsync, map, "k") }`) as [boolean, string];
		expect(ok).toBe(false);
		expect(problem).toMatch("MemoryStoreHashMap:GetAsync");
	});
});

// create.roblox.com/docs/cloud-services/memory-stores, "API request limits": 1000 + 120 · [concurrent users] request
// units a minute for the whole experience; most calls cost one unit, a hash map UpdateAsync at least two, a sorted
// map GetRangeAsync one per item returned (one when empty); over the quota the service throttles the call
// (client-side status RequestThrottled, "Recent MemoryStores requests hit one or more limits.").
const THROTTLED = "RequestThrottled: Recent MemoryStores requests hit one or more limits.";

/** Starts `count` hash map GetAsync calls at once on `server` and waits for all of them. */
function readMany(
	world: ReturnType<typeof createWorld>,
	server: ReturnType<ReturnType<typeof createWorld>["startServer"]>,
	count: number,
) {
	server.run(
		HASH +
			`_G.reads = { ok = 0, failed = 0, message = "" }
		for index = 1, ${count} do
			task.spawn(function()
				local ok, message = pcall(map.GetAsync, map, "k" .. index)
				if ok then _G.reads.ok += 1 else _G.reads.failed += 1 _G.reads.message = tostring(message) end
			end)
		end`,
	);
	world.runUntil(() => (server.run(`return _G.reads.ok + _G.reads.failed`) as number) === count, 30);
	return server.run(`return _G.reads`) as { ok: number; failed: number; message: string };
}

describe("MemoryStore request units", () => {
	it("share one experience quota of 1000 units a minute (no players) among every server, and refuse past it", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		expect(readMany(world, first, 1000)).toEqual({ ok: 1000, failed: 0, message: "" });
		const refused = readMany(world, second, 5);
		expect(refused.ok).toBe(0);
		expect(refused.message).toBe(`MemoryStoreHashMap:GetAsync(): ${THROTTLED}`);
		// Half a minute refills half a minute's worth.
		world.advance(30);
		const refilled = readMany(world, second, 600);
		expect(refilled.ok).toBeGreaterThanOrEqual(499);
		expect(refilled.ok).toBeLessThanOrEqual(502);
	});

	it("scale with the concurrent users of all servers (120 units each)", () => {
		const world = createWorld();
		const servers = [world.startServer(), world.startServer()];
		for (let userId = 1; userId <= 4; userId++) world.join(userId, servers[userId % 2]);
		world.runUntil(() => servers.every((server) => server.playerCount() === 2), 20);
		world.advance(60);
		const drained = readMany(world, servers[0], 1600);
		expect(drained.ok).toBeGreaterThanOrEqual(1480);
		expect(drained.ok).toBeLessThanOrEqual(1482);
	});

	it("charge a hash map UpdateAsync two units and a GetRangeAsync one per item returned (one when empty)", () => {
		const world = createWorld();
		const server = world.startServer();
		// Fill ten items (10 units), then read them in one range (10), an empty range (1) and update once (2).
		const elapsed = server.run(
			MAP +
				`local started = os.clock()
			for index = 1, 10 do map:SetAsync("i" .. index, index, 60) end
			map:GetRangeAsync(Enum.SortDirection.Ascending, 50)
			game:GetService("MemoryStoreService"):GetSortedMap("empty"):GetRangeAsync(Enum.SortDirection.Ascending, 50)
			local hash = game:GetService("MemoryStoreService"):GetHashMap("test")
			hash:UpdateAsync("n", function() return 1 end, 60)
			return os.clock() - started`,
		) as number;
		// 23 units spent; the calls ran one after another, and the bucket refilled 1000 / 60 a second meanwhile.
		const refilled = (elapsed * 1000) / 60;
		const left = readMany(world, server, 1000).ok;
		expect(left).toBeGreaterThanOrEqual(math.floor(1000 - 23 + refilled) - 1);
		expect(left).toBeLessThanOrEqual(math.floor(1000 - 23 + refilled) + 1);
	});
});
