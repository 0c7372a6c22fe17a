import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";
import { STORE, storeOf } from "./store";

describe("DataStore faults", () => {
	// A failed request has a 5xx code when the service fails
	// (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits, 500-range errors).
	it("fails calls without applying them during an outage", () => {
		const world = createWorld();
		const server = world.startServer();
		world.addFault({ kind: "datastore-outage", server, store: "Spec" });
		const message = server.run(`${STORE} return select(2, pcall(store.SetAsync, store, "k", 1))`);
		expect(message).toMatch("^502: ");
		expect(storeOf(world, server).readRaw("Spec", "k")).toBe(undefined);
	});

	// "A failed write call ... does not always guarantee that the backend write did not occur" (same page).
	it("applies a write whose acknowledgement was lost, and still fails the call", () => {
		const world = createWorld();
		const server = world.startServer();
		world.addFault({ kind: "datastore-lost-ack", server });
		const message = server.run(`${STORE} return select(2, pcall(store.SetAsync, store, "k", "landed"))`);
		expect(message).toMatch("^502: ");
		expect(storeOf(world, server).readRaw("Spec", "k")).toBe("landed");
		expect(storeOf(world, server).counters().errors).toBe(1);
	});
});

// create.roblox.com/docs/cloud-services/data-stores/versioning-listing-and-caching#versioning: the first write to a
// key in each UTC hour makes a version, later writes in that hour replace it; RemoveAsync leaves a tombstone and the
// older versions stay readable. ProfileStore lists versions and reads each with GetVersionAsync.
describe("DataStore versions", () => {
	it("lists versions page by page and reads old ones", () => {
		// The world starts 20 s before a UTC hour ends.
		const world = createWorld({ epochMillis: 1767225600000 + 3580 * 1000 });
		const server = world.startServer();
		const result = server.run(`${STORE}
			store:SetAsync("hist", "early")
			task.wait(7)
			local replaced = store:SetAsync("hist", "first hour")
			task.wait(15)
			local second = store:SetAsync("hist", "second hour")
			task.wait(7)
			store:RemoveAsync("hist")
			local function list(direction)
				local pages = store:ListVersionsAsync("hist", direction, nil, nil, 1)
				local items = {}
				while true do
					for _, item in pages:GetCurrentPage() do
						table.insert(items, { version = item.Version, deleted = item.IsDeleted, created = item.CreatedTime })
					end
					if pages.IsFinished then break end
					pages:AdvanceToNextPageAsync()
				end
				return items
			end
			local ascending = list(Enum.SortDirection.Ascending)
			local descending = list(Enum.SortDirection.Descending)
			local old, oldInfo = store:GetVersionAsync("hist", replaced)
			local gone = store:GetAsync("hist", noCache)
			return {
				count = #ascending, firstVersion = ascending[1].version, replaced = replaced,
				secondVersion = ascending[2].version, second = second, deleted = ascending[3].deleted,
				newestFirst = descending[1].deleted and descending[3].version == replaced,
				ordered = ascending[1].created < ascending[2].created,
				old = old, oldVersion = oldInfo.Version, gone = gone == nil,
				invalid = select(2, pcall(store.GetVersionAsync, store, "hist", "nonsense")),
			}`) as Record<string, unknown>;
		expect(result.count).toBe(3);
		expect(result.firstVersion).toBe(result.replaced);
		expect(result.secondVersion).toBe(result.second);
		expect(result.deleted).toBe(true);
		expect(result.newestFirst).toBe(true);
		expect(result.ordered).toBe(true);
		expect(result.old).toBe("first hour");
		expect(result.oldVersion).toBe(result.replaced);
		expect(result.gone).toBe(true);
		expect(result.invalid).toMatch("not valid");
		// One ListAsync request per page, for both listings.
		expect(storeOf(world, server).counters().requests.ListAsync).toBe(6);
	});
});
