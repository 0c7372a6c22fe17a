import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../../engine";
import { createWorld } from "../../world";
import { STORE, storeOf } from "./store";

describe("DataStore round trips", () => {
	// create.roblox.com/docs/reference/engine/classes/GlobalDataStore: SetAsync returns the version, GetAsync returns
	// the value and a DataStoreKeyInfo (Version, CreatedTime, UpdatedTime, GetUserIds, GetMetadata).
	it("sets and gets a value with its key info", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${STORE}
			local options = Instance.new("DataStoreSetOptions")
			options:SetMetadata({ origin = "spec" })
			local version = store:SetAsync("player_1", { coins = 5, items = { "sword", "shield" } }, { 1 }, options)
			local value, info = store:GetAsync("player_1", noCache)
			return {
				version = version, coins = value.coins, second = value.items[2], infoVersion = info.Version,
				userId = info:GetUserIds()[1], origin = info:GetMetadata().origin,
				created = info.CreatedTime, updated = info.UpdatedTime, className = info.ClassName,
			}`) as Record<string, unknown>;
		expect(result.coins).toBe(5);
		expect(result.second).toBe("shield");
		expect(result.infoVersion).toBe(result.version);
		expect(result.userId).toBe(1);
		expect(result.origin).toBe("spec");
		expect(result.className).toBe("DataStoreKeyInfo");
		// Times are Unix milliseconds on the world's calendar (2026-01-01 by default).
		expect(result.created).toBeGreaterThanOrEqual(1767225600000);
		expect(result.updated).toBe(result.created);
	});

	// create.roblox.com/docs/reference/engine/classes/GlobalDataStore#IncrementAsync and #RemoveAsync.
	it("increments, removes and reads nothing after removal", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${STORE}
			local first = store:IncrementAsync("visits", 3)
			local second = store:IncrementAsync("visits")
			local removed = store:RemoveAsync("visits")
			local after = store:GetAsync("visits", noCache)
			return { first = first, second = second, removed = removed, after = after == nil }`) as Record<string, unknown>;
		expect(result).toEqual({ first: 3, second: 4, removed: 4, after: true });
	});

	// create.roblox.com/docs/reference/engine/classes/GlobalDataStore#UpdateAsync: the transform gets the current
	// value and key info; its result is stored and returned.
	it("updates a value through a transform", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${STORE}
			store:SetAsync("k", { level = 1 })
			local value, info = store:UpdateAsync("k", function(old, keyInfo)
				old.level += 1
				return old, { 7 }, { by = keyInfo.Version }
			end)
			return { level = value.level, userId = info:GetUserIds()[1], by = info:GetMetadata().by ~= nil }`) as Record<
			string,
			unknown
		>;
		expect(result).toEqual({ level: 2, userId: 7, by: true });
	});

	// Values are serialized (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits, data limits):
	// what a read returns is a copy, and changing the table after SetAsync changes nothing stored.
	it("hands out copies", () => {
		const world = createWorld();
		const server = world.startServer();
		const result = server.run(`${STORE}
			local data = { coins = 1 }
			store:SetAsync("copy", data)
			data.coins = 50
			local read = store:GetAsync("copy", noCache)
			read.coins = 99
			local again = store:GetAsync("copy", noCache)
			return { read = again.coins, same = read == again }`) as Record<string, unknown>;
		expect(result).toEqual({ read: 1, same: false });
		expect(storeOf(world, server).readRaw("Spec", "copy")).toEqual({ coins: 1 });
	});
});

describe("DataStore limits", () => {
	// create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits: 101, 102, 104 and 105.
	it("rejects bad keys, unstorable values and oversized values", () => {
		const world = createWorld();
		const server = world.startServer();
		const errors = server.run(`${STORE}
			local function err(fn, ...) local ok, message = pcall(fn, ...) return if ok then "ok" else message end
			return {
				empty = err(store.SetAsync, store, "", 1),
				long = err(store.SetAsync, store, string.rep("k", 51), 1),
				fifty = err(store.SetAsync, store, string.rep("k", 50), 1),
				fn = err(store.SetAsync, store, "f", { callback = function() end }),
				instance = err(store.SetAsync, store, "i", workspace),
				mixed = err(store.SetAsync, store, "m", { 1, 2, name = "x" }),
				big = err(store.SetAsync, store, "b", string.rep("x", 4194304)),
				name = err(DataStoreService.GetDataStore, DataStoreService, string.rep("n", 51)),
			}`) as Record<string, string>;
		expect(errors.empty).toBe("101: Key name can't be empty.");
		expect(errors.long).toBe("102: Key name exceeds the 50 character limit.");
		expect(errors.fifty).toBe("ok");
		expect(errors.fn).toBe("104: Can't store function in DataStore.");
		expect(errors.instance).toBe("104: Can't store Instance in DataStore.");
		expect(errors.mixed).toMatch("^104: Can't store table with mixed keys");
		// The JSON text of a 4,194,304-character string is two bytes longer: over the limit.
		expect(errors.big).toMatch("^105: Serialized value exceeds 4MB limit %(4194304 bytes");
		expect(errors.name).toMatch("50 character limit");
		// Six failed requests; GetDataStore is not a request and is not counted.
		expect(storeOf(world, server).counters().errors).toBe(6);
	});

	// Data stores are reached from the server only (create.roblox.com/docs/cloud-services/data-stores): a client's
	// call fails, and so does a lone DataModel's, which has no world backend to reach.
	it("errors on a client", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(9, server);
		world.advance(1);
		expect(() =>
			client.run(`return game:GetService("DataStoreService"):GetDataStore("Spec"):GetAsync("k")`),
		).toThrow("can't be accessed from client");
	});

	it("errors clearly outside a world", () => {
		const peer = getEngine().createPeer();
		expect(() => peer.run(`return game:GetService("DataStoreService"):GetDataStore("Spec"):GetAsync("k")`)).toThrow(
			"not part of a world",
		);
	});
});
