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

	// ProfileStore does not repeat a save that fails unless it ends the session; the next one would come only
	// maxSecondsBetweenSaves later, so a crash after an outage could lose an outage more than that.
	it("asks again for a save the store failed, so a crash after an outage loses only what came after it", () => {
		const world = createWorld({ seed: 62 });
		const crashed = world.startServer();
		const survivor = world.startServer();
		for (const server of [crashed, survivor]) setProfileStoreConstants(server, { AUTO_SAVE_PERIOD: 1e6 });
		world.join(602, crashed);
		world.runUntil(() => coinsOn(crashed, 602) !== undefined, 30);
		expect(giveCoins(crashed, 602, 80)).toBe(true);
		// The store fails on the crashing server from before the save is due until well after it was asked for.
		world.advance(DATA_CONFIG.maxSecondsBetweenSaves - 10);
		const outage = world.addFault({ kind: "datastore-outage", server: crashed });
		world.advance(60);
		world.removeFault(outage);
		world.advance(40);
		crashed.crash();
		world.join(602, survivor);
		expect(world.runUntil(() => coinsOn(survivor, 602) !== undefined, 900)).toBe(true);
		expect(coinsOn(survivor, 602)).toBe(80);
	});
});
