import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";
import { STORE, storeOf } from "./store";

// create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits: per-server budgets per
// minute (GetAsync 60 + 40 × players), a queue of 30 per request type when a budget is empty, and one write to a
// key every 6 seconds.
describe("DataStore budgets", () => {
	it("start at one minute's worth and grow with the players in the server", () => {
		const world = createWorld();
		const empty = world.startServer();
		const busy = world.startServer();
		world.join(1, busy);
		world.join(2, busy);
		world.advance(1);
		const budget = `return {
			get = game:GetService("DataStoreService"):GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetAsync),
			ordered = game:GetService("DataStoreService"):GetRequestBudgetForRequestType(Enum.DataStoreRequestType.SetIncrementSortedAsync),
			sorted = game:GetService("DataStoreService"):GetRequestBudgetForRequestType(Enum.DataStoreRequestType.GetSortedAsync),
		}`;
		// The game's own services spend reads too (profiles, leaderboards): the refill over 30 s, minus the reads each
		// server spent meanwhile (UpdateAsync costs a read as well), is 60 + 40 per player per minute.
		type Budget = { get: number; ordered: number; sorted: number };
		type Counters = { servers: Record<string, { requests: Record<string, number> }> };
		const reads = (server: string) => {
			const requests = (world.datastore() as unknown as Counters).servers[server]?.requests ?? {};
			return (requests.GetAsync ?? 0) + (requests.UpdateAsync ?? 0);
		};
		const quietBefore = empty.run(budget) as Budget;
		const busyBefore = busy.run(budget) as Budget;
		const quietReads = reads(empty.name);
		const busyReads = reads(busy.name);
		world.advance(30);
		const quietAfter = empty.run(budget) as Budget;
		const busyAfter = busy.run(budget) as Budget;
		const refilled = (before: Budget, after: Budget, spent: number) => after.get - before.get + spent;
		const quietRefill = refilled(quietBefore, quietAfter, reads(empty.name) - quietReads);
		const busyRefill = refilled(busyBefore, busyAfter, reads(busy.name) - busyReads);
		expect(quietRefill).toBeGreaterThanOrEqual(28);
		expect(quietRefill).toBeLessThanOrEqual(31);
		expect(busyRefill).toBeGreaterThanOrEqual(68);
		expect(busyRefill).toBeLessThanOrEqual(71);
	});

	it("queues requests over budget and runs them as the budget refills", () => {
		const world = createWorld();
		const server = world.startServer();
		const started = world.now();
		server.run(`${STORE}
			_G.done = 0
			for index = 1, 65 do
				task.spawn(function()
					store:GetAsync("key" .. index, noCache)
					_G.done += 1
				end)
			end`);
		world.advance(1);
		// 60 requests had budget; the other 5 wait for it to refill at one per second.
		expect(server.run(`return _G.done`)).toBe(60);
		world.runUntil(() => server.run(`return _G.done`) === 65, 30);
		expect(world.now() - started).toBeGreaterThan(4.5);
		const counters = storeOf(world, server).counters();
		expect(counters.throttled).toBe(5);
		expect(counters.requests.GetAsync).toBe(65);
		const warnings = world.output().filter((line) => line.kind === "warning");
		expect(warnings.size()).toBe(5);
		expect(warnings[0].message).toMatch("^DataStore request was added to queue");
	});

	it("drops a request when the queue of 30 is full", () => {
		const world = createWorld();
		const server = world.startServer();
		// A "datastore-throttle" fault leaves the server no budget.
		const fault = world.addFault({ kind: "datastore-throttle", server });
		const message = server.run(`${STORE}
			_G.done = 0
			for index = 1, 30 do
				task.spawn(function()
					store:GetAsync("key" .. index, noCache)
					_G.done += 1
				end)
			end
			local ok, message = pcall(store.GetAsync, store, "one-too-many", noCache)
			return message`);
		expect(message).toBe(
			"301: GetAsync request dropped. Request was throttled, but the throttled request queue was full.",
		);
		world.advance(5);
		expect(server.run(`return _G.done`)).toBe(0);
		world.removeFault(fault);
		world.advance(3);
		expect(server.run(`return _G.done`)).toBe(30);
		expect(storeOf(world, server).counters().errors).toBe(1);
	});

	it("makes a second write to the same key wait until 6 s after the first", () => {
		const world = createWorld();
		const server = world.startServer();
		const times = server.run(`${STORE}
			local start = os.clock()
			store:SetAsync("same", 1)
			local first = os.clock() - start
			store:SetAsync("other", 1)
			local other = os.clock() - start
			store:SetAsync("same", 2)
			return { first = first, other = other, second = os.clock() - start }`) as Record<string, number>;
		expect(times.first).toBeLessThan(0.5);
		expect(times.other).toBeLessThan(1);
		expect(times.second).toBeGreaterThanOrEqual(6);
		expect(times.second).toBeLessThan(6.5);
		// A wait for the key's interval, not a budget throttle.
		expect(storeOf(world, server).counters().sameKeyWaits).toBe(1);
		expect(storeOf(world, server).counters().throttled).toBe(0);
	});
});
