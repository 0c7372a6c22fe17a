import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";
import { storeOf } from "./store";

// ProfileStore 1.0.3 (MadStudioRoblox/ProfileStore) drives the DataStore API as a real game does: UpdateAsync with
// key info, user ids and metadata, GetAsync, ListVersionsAsync pages and GetVersionAsync
// (create.roblox.com/docs/cloud-services/data-stores/versioning-listing-and-caching).
const PROFILE_STORE = `local ProfileStore = require(game:GetService("ReplicatedStorage").rbxts_include.node_modules["@rbxts"]["profile-store"].src)
local store = ProfileStore.New("Spec", { coins = 0 })
`;

describe("ProfileStore on the emulated DataStore", () => {
	it("saves a session's data and reads it back through a version query", () => {
		const world = createWorld();
		const server = world.startServer();
		const saved = server.run(`${PROFILE_STORE}
			local profile = store:StartSessionAsync("Player_1", { Cancel = function() return false end })
			profile.Data.coins = 25
			profile:EndSession()
			-- The final save is a second write to the key: it lands once the 6 s per-key interval has passed.
			task.wait(8)
			local latest = store:VersionQuery("Player_1", Enum.SortDirection.Descending):NextAsync()
			local viewed = store:GetAsync("Player_1")
			return {
				active = profile:IsActive(),
				latest = latest and latest.Data.coins,
				viewed = viewed and viewed.Data.coins,
				sameVersion = viewed and latest and viewed.KeyInfo.Version == latest.KeyInfo.Version,
			}`);
		expect(saved).toEqual({ active: false, latest: 25, viewed: 25, sameVersion: true });
		const raw = storeOf(world, server).readRaw("Spec", "Player_1") as { Data: { coins: number } };
		expect(raw.Data.coins).toBe(25);
		expect(server.errors()).toEqual([]);
	});
});
