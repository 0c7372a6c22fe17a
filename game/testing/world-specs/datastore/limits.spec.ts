import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld, World, WorldServer } from "../../world";

/**
 * Roblox's data store limits as documented today:
 * create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits ("Server limits" and "Experience
 * Limits"), create.roblox.com/docs/reference/engine/enums/DataStoreRequestType and
 * create.roblox.com/docs/reference/engine/classes/DataStoreService (GetRequestBudgetForRequestType,
 * SetRateLimitForRequestType). The game's own services run on these servers too; the request types checked here
 * (StandardRemove, StandardList, OrderedRemove, and OrderedList on a server without players) are ones it does not
 * spend.
 */
const SERVICE = `local DataStoreService = game:GetService("DataStoreService")
local function budget(name)
	return DataStoreService:GetRequestBudgetForRequestType(Enum.DataStoreRequestType[name])
end
`;

const MODERN = [
	"StandardRead",
	"StandardWrite",
	"StandardList",
	"StandardRemove",
	"OrderedRead",
	"OrderedWrite",
	"OrderedList",
	"OrderedRemove",
] as const;

function budgets(server: WorldServer, names: readonly string[]): Record<string, number> {
	const list = names.map((name) => `"${name}"`).join(", ");
	return server.run(`${SERVICE}
		local result = {}
		for _, name in { ${list} } do
			result[name] = budget(name)
		end
		return result`) as Record<string, number>;
}

/**
 * Makes `count` RemoveAsync calls at once on distinct keys of store "Quota" (standard, or ordered); returns how many
 * succeeded, how many failed and the last error.
 */
function removeMany(world: World, server: WorldServer, count: number, prefix: string, ordered = false) {
	const getter = ordered ? "GetOrderedDataStore" : "GetDataStore";
	server.run(`local store = game:GetService("DataStoreService"):${getter}("Quota")
		_G.removed = { ok = 0, failed = 0, message = "" }
		for index = 1, ${count} do
			task.spawn(function()
				local ok, message = pcall(store.RemoveAsync, store, "${prefix}" .. index)
				if ok then
					_G.removed.ok += 1
				else
					_G.removed.failed += 1
					_G.removed.message = message
				end
			end)
		end`);
	world.runUntil(() => {
		const done = server.run(`return _G.removed.ok + _G.removed.failed`) as number;
		return done === count;
	}, 30);
	return server.run(`return _G.removed`) as { ok: number; failed: number; message: string };
}

/** Raises a server's own limit of a type to the documented top, then lets its bucket fill (10,000 a minute). */
function raiseLimit(world: World, server: WorldServer, name: string) {
	server.run(
		`game:GetService("DataStoreService"):SetRateLimitForRequestType(Enum.DataStoreRequestType.${name}, 10000, 200)`,
	);
	world.advance(6);
}

describe("DataStore limits (error-codes-and-limits, DataStoreRequestType, DataStoreService)", () => {
	it("start a fresh server's modern budgets at one minute of the documented per-server defaults", () => {
		const world = createWorld();
		const server = world.startServer();
		const fresh = budgets(server, ["StandardList", "StandardRemove", "OrderedList", "OrderedRemove"]);
		// 0 players: the base rates; the startup burst's size is not documented (docs/engine.md).
		expect(fresh).toEqual({ StandardList: 5, StandardRemove: 60, OrderedList: 5, OrderedRemove: 30 });
	});

	it("grow with the players in the server: 40, 2 and 5 more a minute per player", () => {
		const world = createWorld();
		const server = world.startServer();
		for (const name of ["StandardRemove", "StandardList", "OrderedRemove"]) {
			// Drain the bucket so the refill shows the rate (a full bucket is capped).
			server.run(
				`game:GetService("DataStoreService"):SetRateLimitForRequestType(Enum.DataStoreRequestType.${name}, 0, 0)`,
			);
		}
		world.advance(1);
		world.join(1, server);
		world.join(2, server);
		world.join(3, server);
		world.advance(2);
		expect(server.playerCount()).toBe(3);
		server.run(`local service = game:GetService("DataStoreService")
			service:SetRateLimitForRequestType(Enum.DataStoreRequestType.StandardRemove, 60, 40)
			service:SetRateLimitForRequestType(Enum.DataStoreRequestType.StandardList, 5, 2)
			service:SetRateLimitForRequestType(Enum.DataStoreRequestType.OrderedRemove, 30, 5)`);
		const before = budgets(server, ["StandardRemove", "StandardList", "OrderedRemove"]);
		world.advance(30);
		const after = budgets(server, ["StandardRemove", "StandardList", "OrderedRemove"]);
		// Half a minute at 3 players: (60 + 120) / 2, (5 + 6) / 2, (30 + 15) / 2.
		expect(after.StandardRemove - before.StandardRemove).toBeGreaterThanOrEqual(89);
		expect(after.StandardRemove - before.StandardRemove).toBeLessThanOrEqual(91);
		expect(after.StandardList - before.StandardList).toBeGreaterThanOrEqual(5);
		expect(after.StandardList - before.StandardList).toBeLessThanOrEqual(6);
		expect(after.OrderedRemove - before.OrderedRemove).toBeGreaterThanOrEqual(22);
		expect(after.OrderedRemove - before.OrderedRemove).toBeLessThanOrEqual(23);
	});

	it("spend the modern type of each call: RemoveAsync StandardRemove, GetSortedAsync OrderedList", () => {
		const world = createWorld();
		const server = world.startServer();
		const spent = server.run(`${SERVICE}
			local before = { remove = budget("StandardRemove"), write = budget("StandardWrite"), list = budget("OrderedList"),
				orderedRemove = budget("OrderedRemove") }
			local store = DataStoreService:GetDataStore("Spend")
			store:RemoveAsync("a")
			store:RemoveAsync("b")
			local ordered = DataStoreService:GetOrderedDataStore("SpendOrdered")
			ordered:GetSortedAsync(false, 10)
			ordered:RemoveAsync("c")
			return {
				remove = before.remove - budget("StandardRemove"),
				write = before.write - budget("StandardWrite"),
				list = before.list - budget("OrderedList"),
				orderedRemove = before.orderedRemove - budget("OrderedRemove"),
			}`) as Record<string, number>;
		expect(spent).toEqual({ remove: 2, write: 0, list: 1, orderedRemove: 1 });
	});

	it("answer legacy values with the modern budgets their calls spend now", () => {
		const world = createWorld();
		const server = world.startServer();
		const answers = server.run(`${SERVICE}
			local ordered = DataStoreService:GetOrderedDataStore("Legacy")
			ordered:GetSortedAsync(false, 10)
			ordered:GetSortedAsync(true, 10)
			ordered:RemoveAsync("x")
			return {
				sorted = budget("GetSortedAsync"), list = budget("OrderedList"),
				sortedWrite = budget("SetIncrementSortedAsync"), orderedWrite = budget("OrderedWrite"),
				orderedRemove = budget("OrderedRemove"),
				update = budget("UpdateAsync"), read = budget("StandardRead"), write = budget("StandardWrite"),
			}`) as Record<string, number>;
		// UpdateAsync is a DataStore's read and write (60 a minute each), not the ordered store's 30 writes.
		expect(answers.update).toBe(math.min(answers.read, answers.write));
		expect(answers.update).toBeGreaterThan(answers.orderedWrite);
		// GetSortedAsync is OrderedList (5 - 2); SetIncrementSortedAsync the lesser of OrderedWrite and OrderedRemove.
		expect(answers.sorted).toBe(3);
		expect(answers.list).toBe(3);
		expect(answers.orderedRemove).toBe(29);
		expect(answers.sortedWrite).toBe(math.min(answers.orderedWrite, answers.orderedRemove));
	});

	it("let SetRateLimitForRequestType change this server's rate within the documented ranges", () => {
		const world = createWorld();
		const server = world.startServer();
		const other = world.startServer();
		server.run(
			`game:GetService("DataStoreService"):SetRateLimitForRequestType(Enum.DataStoreRequestType.StandardList, 120, 0)`,
		);
		const before = budgets(server, ["StandardList"]).StandardList;
		world.advance(30);
		// 5 + 60 refilled in half a minute at 120 a minute; the other server keeps the default.
		expect(budgets(server, ["StandardList"]).StandardList - before).toBeGreaterThanOrEqual(59);
		expect(budgets(server, ["StandardList"]).StandardList).toBeLessThanOrEqual(66);
		expect(budgets(other, ["StandardList"]).StandardList).toBe(5);
		const refusals = server.run(`local service = game:GetService("DataStoreService")
			local function refused(name, base, perPlayer)
				return not pcall(service.SetRateLimitForRequestType, service, Enum.DataStoreRequestType[name], base, perPlayer)
			end
			return {
				modernTooHigh = refused("OrderedList", 10001, 0),
				modernPerPlayerTooHigh = refused("OrderedList", 10, 201),
				legacyTooHigh = refused("GetSortedAsync", 6, 2),
				negative = refused("StandardRead", -1, 0),
				updateAsync = refused("UpdateAsync", 10, 1),
				onUpdate = refused("OnUpdate", 10, 1),
				modernTop = refused("OrderedList", 10000, 200),
				legacyTop = refused("GetSortedAsync", 5, 2),
			}`) as Record<string, boolean>;
		expect(refusals).toEqual({
			modernTooHigh: true,
			modernPerPlayerTooHigh: true,
			legacyTooHigh: true,
			negative: true,
			updateAsync: true,
			onUpdate: true,
			modernTop: false,
			legacyTop: false,
		});
	});

	it("share one experience quota among every server of the world, and refuse past it", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		raiseLimit(world, first, "StandardRemove");
		raiseLimit(world, second, "StandardRemove");
		// No players: the experience allows 300 StandardRemove a minute in all.
		const burst = removeMany(world, first, 300, "a");
		expect(burst).toEqual({ ok: 300, failed: 0, message: "" });
		const refused = removeMany(world, second, 5, "b");
		expect(refused.ok).toBe(0);
		expect(refused.failed).toBe(5);
		expect(refused.message).toBe("StandardRemove request was throttled by experience limits.");
		// GetRequestBudgetForRequestType shows the server's own budget, not the experience's.
		expect(budgets(second, ["StandardRemove"]).StandardRemove).toBeGreaterThan(100);
	});

	it("scale the experience quota with the concurrent users of all servers", () => {
		const world = createWorld();
		const servers = [world.startServer(), world.startServer(), world.startServer()];
		for (const server of servers) raiseLimit(world, server, "OrderedRemove");
		// Six players over three servers: 300 + 40 · 6 = 540 a minute, 270 in half a minute.
		for (let userId = 1; userId <= 6; userId++) world.join(userId, servers[userId % 3]);
		world.runUntil(() => servers.every((server) => server.playerCount() === 2), 20);
		const drained = removeMany(world, servers[0], 700, "a", true);
		expect(drained.ok).toBeGreaterThanOrEqual(540);
		expect(drained.failed).toBeGreaterThan(0);
		world.advance(30);
		const refilled = removeMany(world, servers[1], 400, "z", true);
		expect(refilled.ok).toBeGreaterThanOrEqual(268);
		expect(refilled.ok).toBeLessThanOrEqual(275);
		expect(refilled.message).toBe("OrderedRemove request was throttled by experience limits.");
	});
});
