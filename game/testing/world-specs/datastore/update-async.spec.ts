import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";
import { STORE, storeOf } from "./store";

// create.roblox.com/docs/reference/engine/classes/GlobalDataStore#UpdateAsync
describe("UpdateAsync", () => {
	// "If the key changed since the transform function read it, the function is called again" — the read and the
	// commit are two trips to the backend; a write from another server in between makes the transform run again.
	it("runs the transform again when another server wrote the key in between", () => {
		const world = createWorld();
		const first = world.startServer();
		const second = world.startServer();
		storeOf(world, second).writeRaw("Spec", "shared", 10);
		// Server one's trips take over 2 s each: its read lands at about +2 s, its commit at about +4 s.
		world.addFault({ kind: "datastore-latency", server: first, seconds: 2 });
		first.run(`${STORE}
			_G.calls = {}
			task.spawn(function()
				_G.result = store:UpdateAsync("shared", function(old)
					table.insert(_G.calls, old)
					return old + 1
				end)
			end)`);
		world.advance(3);
		second.run(`${STORE} store:SetAsync("shared", 100)`);
		world.advance(6);
		const result = first.run(`return { calls = _G.calls, result = _G.result }`) as {
			calls: number[];
			result: number;
		};
		expect(result.calls).toEqual([10, 100]);
		expect(result.result).toBe(101);
		expect(storeOf(world, first).readRaw("Spec", "shared")).toBe(101);
	});

	// "If the function returns nil, the update is cancelled."
	it("cancels when the transform returns nil", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${STORE}
			local version = store:SetAsync("k", "kept")
			local returned = store:UpdateAsync("k", function() return nil end)
			local value, info = store:GetAsync("k", noCache)
			return { returned = returned == nil, value = value, same = info.Version == version }`);
		expect(result).toEqual({ returned: true, value: "kept", same: true });
	});

	// "The function you pass into UpdateAsync() is not permitted to yield."
	it("refuses a transform that yields and leaves the value unchanged", () => {
		const world = createWorld();
		const server = world.startServer();
		const message = server.run(`${STORE}
			store:SetAsync("k", 1)
			local ok, message = pcall(store.UpdateAsync, store, "k", function(old) task.wait(1) return old + 1 end)
			return message`);
		expect(message).toMatch("must not yield");
		expect(storeOf(world, server).readRaw("Spec", "k")).toBe(1);
	});

	// UpdateAsync spends one GetAsync and one SetIncrementAsync request
	// (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits).
	it("costs one read and one write budget", () => {
		const world = createWorld();
		const server = world.startServer();
		const spent = server.run(`${STORE}
			local function budget(kind) return DataStoreService:GetRequestBudgetForRequestType(kind) end
			local reads, writes = budget(Enum.DataStoreRequestType.GetAsync), budget(Enum.DataStoreRequestType.SetIncrementAsync)
			store:UpdateAsync("k", function() return 1 end)
			return {
				reads = reads - budget(Enum.DataStoreRequestType.GetAsync),
				writes = writes - budget(Enum.DataStoreRequestType.SetIncrementAsync),
			}`);
		// Less than 1 s passes, so the buckets refill by less than one request.
		expect(spent).toEqual({ reads: 1, writes: 1 });
		expect(storeOf(world, server).counters().requests.UpdateAsync).toBe(1);
	});
});
