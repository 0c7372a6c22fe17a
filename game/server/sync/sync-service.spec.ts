import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { coinsOn, giveCoins, runWithGame } from "testing/game-server";
import { decodeSyncWire } from "testing/sync-wire";
import { createWorld, WorldClient } from "testing/world";

function loadedPair(seed: number, userIds: number[]) {
	const world = createWorld({ seed });
	const server = world.startServer();
	// From the start: the sync's string table spans a client's payloads, so its wire is decoded from the first one.
	const wire = world.captureTraffic();
	const clients = userIds.map((userId) => world.join(userId, server, { name: `P${userId}` }));
	world.runUntil(() => clients.every((client) => clientCoins(client) !== undefined), 60);
	return { world, server, clients, wire };
}

describe("state sync in a world", () => {
	it("hydrates a joining client with its own data and the game data", () => {
		const { world, server, clients } = loadedPair(51, [501]);
		expect(clientCoins(clients[0])).toBe(0);
		expect(runOnClient(clients[0], `return dataState.gameDataAtom().activePlayers`)).toBe(1);
		giveCoins(server, 501, 12);
		world.advance(0.5);
		expect(clientCoins(clients[0])).toBe(12);
	});

	it("sends nothing when nothing changed", () => {
		const { world, server } = loadedPair(52, [502]);
		world.advance(1);
		const read = world.captureTraffic();
		world.advance(2);
		expect(read().size()).toBe(0);
		giveCoins(server, 502, 1);
		world.advance(0.5);
		expect(read().size()).toBe(1);
	});

	it("never sends a player's private data to another client (every payload decoded and inspected)", () => {
		const { world, server, clients, wire: read } = loadedPair(53, [503, 504]);
		giveCoins(server, 503, 7777);
		runWithGame(
			server,
			`dataService:update(game.Players:GetPlayerByUserId(503), function(d)
			local copy = table.clone(d) copy.settings = table.clone(d.settings) copy.settings.musicVolume = 0.123 return copy end)`,
		);
		// A fresh snapshot for the other client too.
		runOnClient(clients[1], `controller("client/sync/sync-controller@SyncController").client:start()`);
		world.advance(1);
		const toOther = read().filter((call) => call.userId === 504 && call.remote.find("payload")[0] !== undefined);
		expect(toOther.size()).toBeGreaterThan(0);
		for (const text of decodeSyncWire(server, toOther)) {
			expect(text.find("7777")[0]).toBeUndefined();
			expect(text.find("0.123")[0]).toBeUndefined();
			expect(text.find("player:503")[0]).toBeUndefined();
			expect(text.find("receipts")[0]).toBeUndefined();
		}
		const toOwner = read().filter((call) => call.userId === 503);
		expect(decodeSyncWire(server, toOwner).join("").find("7777")[0]).never.toBeUndefined();
		expect(clientCoins(clients[0])).toBe(7777);
	});

	it("shows everybody's public stats to every client", () => {
		const { world, server, clients } = loadedPair(54, [505, 506]);
		runWithGame(
			server,
			`dataService:update(game.Players:GetPlayerByUserId(505), function(d)
			local copy = table.clone(d) copy.stats = table.clone(d.stats) copy.stats.wins = 3 return copy end)`,
		);
		world.advance(0.5);
		expect(runOnClient(clients[1], `return dataState.playersAtom()["505"].stats.wins`)).toBe(3);
	});

	it("resyncs a client that missed a patch", () => {
		const { world, server, clients } = loadedPair(55, [507]);
		// The client forgets what it saw: the next patch leaves a gap, so it asks for a snapshot.
		runOnClient(clients[0], `controller("client/sync/sync-controller@SyncController").client.lastSeq = -10`);
		giveCoins(server, 507, 5);
		world.advance(1);
		giveCoins(server, 507, 5);
		world.advance(1);
		expect(clientCoins(clients[0])).toBe(10);
		expect(
			runOnClient(clients[0], `return controller("client/sync/sync-controller@SyncController"):stats().gaps`),
		).toBe(1);
		expect(coinsOn(server, 507)).toBe(10);
	});

	it("sends an entity's removal at the next frame, while other changes wait for the interval", () => {
		// Roblox's replication constantly updates the clients with what the server changed, an instance it destroys
		// included (create.roblox.com/docs/projects/client-server#replication): no client waits a sync interval for it.
		const { world, server, clients } = loadedPair(58, [510]);
		const ENTITY = `service("server/replication/entity-service@EntityService")`;
		const SYNC = `service("server/sync/sync-service@SyncService")`;
		const seen = () =>
			runOnClient(
				clients[0],
				`local banner = require(client.replication["entity-controller"]).entitiesAtom()["banner"]
				return banner and banner.state.text or false`,
			);
		runWithGame(server, `${SYNC}:setInterval(2)`);
		runWithGame(server, `${ENTITY}:createEntity("banner", "banner", { color = "red", text = "Welcome" })`);
		// Just after a flush: the next one is two seconds away.
		world.runUntil(() => seen() === "Welcome", 5);
		runWithGame(server, `${ENTITY}:updateEntity("banner", { text = "Hello" })`);
		world.advance(0.2);
		expect(seen()).toBe("Welcome");
		runWithGame(server, `${ENTITY}:removeEntity("banner")`);
		// One frame, then the one-way latency (50 ms) and a frame on the client.
		world.advance(0.1);
		expect(seen()).toBe(false);
	});
});

describe("settings actions", () => {
	function settingsOf(client: WorldClient) {
		return runOnClient(client, `return localState.localSettingsAtom().musicVolume`) as number;
	}

	it("applies a change at once on the client and saves it on the server", () => {
		const { world, server, clients } = loadedPair(56, [508]);
		runOnClient(
			clients[0],
			`controller("client/data/settings-controller@SettingsController"):changeSetting({ name = "musicVolume", value = 0.2 })`,
		);
		expect(settingsOf(clients[0])).toBe(0.2);
		world.advance(1);
		expect(runWithGame(server, `return playerState.getPlayerData(508).settings.musicVolume`)).toBe(0.2);
	});

	it("rolls back a change the server refuses (ServerWins)", () => {
		const { world, server, clients } = loadedPair(57, [509]);
		// A hostile client bypasses the controller's own check and sends an out-of-range value, optimistic change first.
		runOnClient(
			clients[0],
			`
			localState.localSettingsAtom(function(s) local c = table.clone(s) c.musicVolume = 5 return c end)
			local events = require(client.network["client-events"]).ClientEvents
			events.settings.change:fire({ name = "musicVolume", value = 5 })
		`,
		);
		world.advance(1);
		expect(settingsOf(clients[0])).toBe(0.5);
		expect(runWithGame(server, `return playerState.getPlayerData(509).settings.musicVolume`)).toBe(0.5);
	});
});
