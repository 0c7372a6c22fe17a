import { describe, expect, it } from "@rbxts/jest-globals";
import { coinsOn, giveCoins, profileEnvelope, runWithGame, setProfileStoreConstants } from "testing/game-server";
import { createWorld, WorldServer } from "testing/world";

type Stored = { Data: { coins: number; version: number; stats: { rating: number } } } | undefined;

const KEY = (userId: number) => `Player_${userId}`;

function stored(world: ReturnType<typeof createWorld>, userId: number) {
	return world.readStore("PlayerData", KEY(userId)) as Stored;
}

function waitLoaded(world: ReturnType<typeof createWorld>, server: WorldServer, userId: number, timeout = 30) {
	return world.runUntil(() => coinsOn(server, userId) !== undefined, timeout);
}

describe("player data: sessions", () => {
	it("loads a new player with defaults, saves changes when the player leaves", () => {
		const world = createWorld({ seed: 11 });
		const server = world.startServer();
		const client = world.join(101, server);
		expect(waitLoaded(world, server, 101)).toBe(true);
		expect(coinsOn(server, 101)).toBe(0);
		expect(giveCoins(server, 101, 250)).toBe(true);
		client.leave();
		world.advance(10);
		expect(stored(world, 101)?.Data.coins).toBe(250);
		expect(coinsOn(server, 101)).toBeUndefined();
		expect(world.scriptErrors()).toEqual([]);
	});

	it("rejoining on another server while the first is still saving loads the saved progress", () => {
		const world = createWorld({ seed: 12 });
		const first = world.startServer();
		const second = world.startServer();
		const client = world.join(102, first);
		waitLoaded(world, first, 102);
		giveCoins(first, 102, 40);
		client.leave();
		const again = world.join(102, second);
		expect(waitLoaded(world, second, 102, 120)).toBe(true);
		expect(coinsOn(second, 102)).toBe(40);
		expect(again.kickMessage()).toBeUndefined();
	});

	// ProfileStore's session semantics: a second server asking for a locked profile makes the owner release it (through
	// MessagingService) and steals it after SESSION_STEAL seconds at the latest.
	it("a server that takes the session ends the first one, which kicks its player and stops writing", () => {
		const world = createWorld({ seed: 13 });
		const first = world.startServer();
		const second = world.startServer();
		const client = world.join(103, first);
		waitLoaded(world, first, 103);
		giveCoins(first, 103, 7);
		// The second server starts a session on the same key (as if the player had joined there too).
		second.run(`
			local ProfileStore = require(game.ReplicatedStorage.rbxts_include.node_modules["@rbxts"]["profile-store"].src)
			local store = ProfileStore.New("PlayerData")
			_G.stolen = store:StartSessionAsync("Player_103")
		`);
		world.advance(5);
		expect(client.kickMessage()).toMatch("another server");
		expect(coinsOn(first, 103)).toBeUndefined();
		expect(second.run(`return _G.stolen.Data.coins`)).toBe(7);
	});

	it("a player who leaves while the profile loads is never kicked and leaves nothing behind", () => {
		const world = createWorld({ seed: 14 });
		const server = world.startServer();
		world.addFault({ kind: "datastore-latency", server, seconds: 3 });
		const client = world.join(104, server);
		world.advance(0.5);
		client.leave();
		world.advance(30);
		expect(client.kickMessage()).toBeUndefined();
		expect(coinsOn(server, 104)).toBeUndefined();
		expect(runWithGame(server, `return dataService:loadedCount()`)).toBe(0);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("saves every session within BindToClose's 30 seconds when 50 players are on a closing server", () => {
		const world = createWorld({ seed: 15 });
		const server = world.startServer();
		for (let userId = 1; userId <= 50; userId++) world.join(1000 + userId, server);
		world.runUntil(() => runWithGame(server, `return dataService:loadedCount()`) === 50, 120);
		for (let userId = 1; userId <= 50; userId++) giveCoins(server, 1000 + userId, userId);
		// Each join spends two reads (the raw key, then the session's UpdateAsync); with its players gone, a closing
		// server's read budget refills at 1 a second. Fifty joins within two seconds of the shutdown would leave the
		// saves starving for budget: the players here have been in for a few seconds, as on a live server.
		world.advance(5);
		const report = server.shutdown();
		expect(report.timedOut).toBe(false);
		expect((report.finishedAt ?? math.huge) - report.startedAt).toBeLessThan(30);
		for (let userId = 1; userId <= 50; userId++) expect(stored(world, 1000 + userId)?.Data.coins).toBe(userId);
	});

	it("after a crash only progress since the last autosave is lost, and the profile loads again elsewhere", () => {
		const world = createWorld({ seed: 16 });
		const crashed = world.startServer();
		const survivor = world.startServer();
		for (const server of [crashed, survivor]) setProfileStoreConstants(server, { AUTO_SAVE_PERIOD: 30 });
		const client = world.join(105, crashed);
		waitLoaded(world, crashed, 105);
		giveCoins(crashed, 105, 100);
		world.advance(35); // one autosave
		giveCoins(crashed, 105, 5); // never saved
		crashed.crash();
		expect(client.connected()).toBe(false);
		world.join(105, survivor);
		expect(waitLoaded(world, survivor, 105, 900)).toBe(true);
		expect(coinsOn(survivor, 105)).toBe(100);
	});
});

describe("player data: faults", () => {
	it("kicks with a clear message when the store is down during the whole load, and overwrites nothing", () => {
		const world = createWorld({ seed: 21 });
		world.writeStore("PlayerData", KEY(201), profileEnvelope({ coins: 9, version: 4, compatibleVersion: 4 }));
		const server = world.startServer();
		world.addFault({ kind: "datastore-outage", server });
		const client = world.join(201, server);
		world.runUntil(() => client.kickMessage() !== undefined, 600);
		expect(client.kickMessage()).toMatch("couldn't load your data");
		expect(stored(world, 201)?.Data.coins).toBe(9);
	});

	it("retries saves through an outage and throttling: nothing is lost", () => {
		const world = createWorld({ seed: 22 });
		const server = world.startServer();
		const client = world.join(202, server);
		waitLoaded(world, server, 202);
		giveCoins(server, 202, 33);
		const outage = world.addFault({ kind: "datastore-outage", server });
		world.addFault({ kind: "datastore-throttle", server, from: world.now(), to: world.now() + 60 });
		client.leave();
		world.advance(20);
		world.removeFault(outage);
		world.advance(120);
		expect(stored(world, 202)?.Data.coins).toBe(33);
	});

	it("a player who rejoins the same server while the last save is still retrying gets the saved progress", () => {
		const world = createWorld({ seed: 23 });
		const server = world.startServer();
		const client = world.join(203, server);
		waitLoaded(world, server, 203);
		giveCoins(server, 203, 61);
		const outage = world.addFault({ kind: "datastore-outage", server });
		client.leave();
		world.advance(2);
		const again = world.join(203, server);
		// The outage ends while the final save waits out a long backoff and the new load is about to retry.
		world.advance(30);
		world.removeFault(outage);
		expect(waitLoaded(world, server, 203, 120)).toBe(true);
		expect(coinsOn(server, 203)).toBe(61);
		expect(again.kickMessage()).toBeUndefined();
	});
});
