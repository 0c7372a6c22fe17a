import { describe, expect, it } from "@rbxts/jest-globals";
import { DATA_CONFIG } from "shared/config/data";
import { coinsOn, giveCoins, setProfileStoreConstants } from "testing/game-server";
import { createWorld } from "testing/world";

/** Two servers whose ProfileStore never autosaves, and a player on the first who got `coins`. */
function playerWithCoins(seed: number, userId: number, coins: number) {
	const world = createWorld({ seed });
	const crashed = world.startServer();
	const survivor = world.startServer();
	for (const server of [crashed, survivor]) setProfileStoreConstants(server, { AUTO_SAVE_PERIOD: 1e6 });
	world.join(userId, crashed);
	world.runUntil(() => coinsOn(crashed, userId) !== undefined, 30);
	expect(giveCoins(crashed, userId, coins)).toBe(true);
	return { world, crashed, survivor };
}

/** Crashes the first server and returns the coins the player finds on the survivor. */
function coinsAfterCrash(setup: ReturnType<typeof playerWithCoins>, userId: number) {
	const { world, crashed, survivor } = setup;
	crashed.crash();
	world.join(userId, survivor);
	expect(world.runUntil(() => coinsOn(survivor, userId) !== undefined, 900)).toBe(true);
	return coinsOn(survivor, userId);
}

describe("player data: what a crash can lose", () => {
	// ProfileStore's round-robin autosave can leave a profile unsaved for longer than its period (it skips freshly
	// loaded profiles and slows down as profiles leave); here it never autosaves at all, so only the data service's own
	// bound can save the change before the crash.
	it("saves a changed profile within maxSecondsBetweenSaves, whatever ProfileStore's autosave does", () => {
		const setup = playerWithCoins(61, 601, 70);
		const { world } = setup;
		world.advance(DATA_CONFIG.maxSecondsBetweenSaves + DATA_CONFIG.saveCheckSeconds + 10);
		expect(coinsAfterCrash(setup, 601)).toBe(70);
	});

	// ProfileStore does not repeat a save that fails unless it ends the session; the next one would come only
	// maxSecondsBetweenSaves later, so a crash after an outage could lose an outage more than that.
	it("asks again for a save the store failed, so a crash after an outage loses only what came after it", () => {
		const setup = playerWithCoins(62, 602, 80);
		const { world, crashed } = setup;
		// The store fails on the crashing server from before the save is due until well after it was asked for.
		world.advance(DATA_CONFIG.maxSecondsBetweenSaves - 10);
		const outage = world.addFault({ kind: "datastore-outage", server: crashed });
		world.advance(60);
		world.removeFault(outage);
		world.advance(40);
		expect(coinsAfterCrash(setup, 602)).toBe(80);
	});
});
