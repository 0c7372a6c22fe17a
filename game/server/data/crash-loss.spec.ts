import { describe, expect, it } from "@rbxts/jest-globals";
import { DATA_CONFIG } from "shared/config/data";
import { coinsOn, giveCoins, setProfileStoreConstants } from "testing/game-server";
import { createWorld } from "testing/world";

describe("player data: what a crash can lose", () => {
	// ProfileStore's round-robin autosave can leave a profile unsaved for longer than its period (it skips freshly
	// loaded profiles and slows down as profiles leave); here it never autosaves at all, so only the data service's own
	// bound can save the change before the crash.
	it("saves a changed profile within maxSecondsBetweenSaves, whatever ProfileStore's autosave does", () => {
		const world = createWorld({ seed: 61 });
		const crashed = world.startServer();
		const survivor = world.startServer();
		for (const server of [crashed, survivor]) setProfileStoreConstants(server, { AUTO_SAVE_PERIOD: 1e6 });
		world.join(601, crashed);
		world.runUntil(() => coinsOn(crashed, 601) !== undefined, 30);
		expect(giveCoins(crashed, 601, 70)).toBe(true);
		world.advance(DATA_CONFIG.maxSecondsBetweenSaves + DATA_CONFIG.saveCheckSeconds + 10);
		crashed.crash();
		world.join(601, survivor);
		expect(world.runUntil(() => coinsOn(survivor, 601) !== undefined, 900)).toBe(true);
		expect(coinsOn(survivor, 601)).toBe(70);
	});
});
