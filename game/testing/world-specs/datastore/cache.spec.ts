import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";
import { STORE, storeOf } from "./store";

// create.roblox.com/docs/cloud-services/data-stores/versioning-listing-and-caching#caching: GetAsync results are
// cached on the server for 4 seconds; DataStoreGetOptions.UseCache = false skips the cache.
describe("GetAsync cache", () => {
	it("shows another server's write only after the 4 s cache expires", () => {
		const world = createWorld();
		const writer = world.startServer();
		const reader = world.startServer();
		storeOf(world, writer).writeRaw("Spec", "news", "old");
		expect(reader.run(`${STORE} return store:GetAsync("news")`)).toBe("old");
		writer.run(`${STORE} store:SetAsync("news", "new")`);
		expect(reader.run(`${STORE} return store:GetAsync("news")`)).toBe("old");
		expect(reader.run(`${STORE} return store:GetAsync("news", noCache)`)).toBe("new");
		world.advance(4);
		expect(reader.run(`${STORE} return store:GetAsync("news")`)).toBe("new");
	});

	it("is refreshed by the server's own writes, without a request", () => {
		const world = createWorld();
		const server = world.startServer();
		const value = server.run(`${STORE}
			store:GetAsync("mine")
			store:SetAsync("mine", 5)
			return store:GetAsync("mine")`);
		expect(value).toBe(5);
		const counters = storeOf(world, server).counters();
		expect(counters.requests.GetAsync).toBe(1);
		expect(counters.cacheHits).toBe(1);
	});
});
