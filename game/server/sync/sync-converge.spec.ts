import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { coinsOn, giveCoins, runWithGame } from "testing/game-server";
import { createWorld, World, WorldClient, WorldServer } from "testing/world";
import { SNAPSHOT_RETRY } from "shared/sync/client";
import { decodeSyncWire } from "testing/sync-wire";

/**
 * A client that lost sync payloads always ends equal to the server's view. RemoteEvents are reliable and ordered
 * (create.roblox.com/docs/scripting/events/remote), but a payload can still go unhandled (a handler that errored, a
 * client that was still loading), so the harness's remote-drop fault takes payloads off the wire.
 */
const SYNC_CONTROLLER = `controller("client/sync/sync-controller@SyncController")`;

function loaded(seed: number, userIds: number[]) {
	const world = createWorld({ seed });
	const server = world.startServer();
	// From the start: the sync's string table spans a client's payloads, so its wire is decoded from the first one.
	const read = world.captureTraffic();
	const clients = userIds.map((userId) => world.join(userId, server, { name: `P${userId}` }));
	world.runUntil(() => clients.every((client) => clientCoins(client) !== undefined), 60);
	return { world, server, clients, read };
}

/** Luau: `canonical(value)` as JSON with sorted keys, datatypes as their text, so equal views compare equal. */
const CANONICAL = `
	local http = game:GetService("HttpService")
	local function canonical(value)
		if type(value) ~= "table" then
			return if type(value) == "number" or type(value) == "string" or type(value) == "boolean" then value else tostring(value)
		end
		local pairsList = {}
		for key, v in value do table.insert(pairsList, { tostring(key), canonical(v) }) end
		table.sort(pairsList, function(a, b) return a[1] < b[1] end)
		return pairsList
	end
	local function json(value) return http:JSONEncode(canonical(value)) end`;

/** What the server's sync would show this client now, and what the client shows. */
function views(server: WorldServer, client: WorldClient) {
	const onServer = runWithGame(
		server,
		`${CANONICAL}
		local views = require(game.ServerScriptService.server.sync["sync-views"])
		local gameState = require(game.ServerScriptService.server.state["game-state"])
		return json({
			own = views.privateDataGetter(${client.userId})(),
			players = views.publicPlayersGetter(),
			game = gameState.gameDataAtom(),
		})`,
	) as string;
	const onClient = runOnClient(
		client,
		`${CANONICAL}
		return json({ own = dataState.ownDataAtom(), players = dataState.playersAtom(), game = dataState.gameDataAtom() })`,
	) as string;
	return { onServer, onClient };
}

function syncStats(client: WorldClient) {
	return runOnClient(client, `return ${SYNC_CONTROLLER}:stats()`) as {
		gaps: number;
		requests: number;
		snapshots: number;
	};
}

function gainRepeatedly(world: World, server: WorldServer, userId: number, times: number, every: number) {
	for (let index = 0; index < times; index++) {
		giveCoins(server, userId, 1);
		world.advance(every);
	}
}

describe("sync always converges", () => {
	it("recovers from ten lost patches in two seconds and a lost snapshot reply, and shows no one else's data", () => {
		const { world, server, clients, read } = loaded(71, [711, 712]);
		const [alice, bob] = clients;
		// Ten patches in two seconds, none delivered to alice.
		const window = world.addFault({ kind: "remote-drop", remote: "payload", userId: 711 });
		gainRepeatedly(world, server, 711, 10, 0.2);
		world.removeFault(window);
		expect(world.network().dropped.loss).toBeGreaterThanOrEqual(10);
		// The next patch shows the gap; the snapshot that answers it is lost as well.
		giveCoins(server, 712, 4321);
		giveCoins(server, 711, 1);
		const snapshotsSent = () =>
			runWithGame(server, `return service("server/sync/sync-service@SyncService"):stats().snapshots`) as number;
		const before = snapshotsSent();
		world.runUntil(() => syncStats(alice).gaps >= 1, 5);
		expect(snapshotsSent()).toBe(before);
		const dropped = world.network().dropped.loss;
		world.addFault({ kind: "remote-drop", remote: "payload", userId: 711, count: 1 });
		// Nothing else changes before the reply goes out, so the payload dropped is the snapshot.
		world.runUntil(() => snapshotsSent() > before, 2);
		expect(world.network().dropped.loss).toBe(dropped + 1);
		gainRepeatedly(world, server, 711, 5, 1);
		world.advance(30);

		expect(coinsOn(server, 711)).toBe(16);
		expect(clientCoins(alice)).toBe(16);
		expect(syncStats(alice).requests).toBeGreaterThanOrEqual(3); // the join, the gap, and a retry
		const { onServer, onClient } = views(server, alice);
		expect(onClient).toBe(onServer);
		expect(clientCoins(bob)).toBe(4321);

		// The same decoding finds bob's coins on bob's own wire, so its absence from alice's means something.
		expect(
			decodeSyncWire(
				server,
				read().filter((call) => call.userId === 712),
			)
				.join("")
				.find("4321")[0],
		).never.toBe(undefined);
		const toAlice = read().filter((call) => call.userId === 711);
		const wire = decodeSyncWire(server, toAlice);
		expect(wire.size()).toBeGreaterThan(0);
		for (const text of wire) {
			expect(text).never.toBe("undecodable");
			expect(text.find("4321")[0]).toBeUndefined();
			expect(text.find("player:712")[0]).toBeUndefined();
		}
	});

	it("answers a snapshot request over the rate limit instead of dropping it", () => {
		const { world, server, clients } = loaded(72, [721]);
		const [alice] = clients;
		const snapshots = () =>
			runWithGame(server, `return service("server/sync/sync-service@SyncService"):stats().snapshots`) as number;
		// A burst of requests spends the whole allowance (burst 3); then a patch goes missing.
		runOnClient(
			alice,
			`local events = require(client.network["client-events"]).ClientEvents
			for _ = 1, 5 do events.sync.requestSnapshot:fire() end`,
		);
		world.advance(0.5);
		const before = snapshots();
		world.addFault({ kind: "remote-drop", remote: "payload", userId: 721, count: 1 });
		giveCoins(server, 721, 3);
		world.advance(0.5);
		giveCoins(server, 721, 4);
		world.runUntil(() => syncStats(alice).gaps >= 1, 5);
		const requestsAtGap = syncStats(alice).requests;
		// Answered by the server before the client's own retry would have asked again.
		world.runUntil(() => clientCoins(alice) === 7, SNAPSHOT_RETRY.first - 0.2);
		expect(clientCoins(alice)).toBe(7);
		expect(syncStats(alice).requests).toBe(requestsAtGap);
		expect(snapshots()).toBeGreaterThan(before);
		expect(views(server, alice).onClient).toBe(views(server, alice).onServer);
		const warnings = world
			.output()
			.filter((line) => line.kind === "warning" && line.message.find("requestSnapshot")[0] !== undefined);
		expect(warnings.size()).toBeGreaterThan(0);
	});

	it("drops a payload that is not in its codec's form (the remote's type no longer checks it) and keeps converging", () => {
		const { world, server, clients } = loaded(73, [731]);
		const [alice] = clients;
		giveCoins(server, 731, 5);
		world.runUntil(() => clientCoins(alice) === 5, 5);
		// A table (charm-sync's form), a string and a truncated buffer reach the client on the sync's remote.
		runWithGame(
			server,
			`local events = require(game.ServerScriptService.server.network["server-events"]).ServerEvents
			local player = game.Players:GetPlayerByUserId(731)
			events.sync.payload:fire(player, { { type = "patch", data = { ["player:731"] = { coins = 999 } } } })
			events.sync.payload:fire(player, "coins = 999")
			events.sync.payload:fire(player, buffer.create(3))`,
		);
		world.advance(0.5);
		expect(runOnClient(alice, `return ${SYNC_CONTROLLER}:stats().malformed`)).toBe(3);
		expect(clientCoins(alice)).toBe(5);
		giveCoins(server, 731, 2);
		world.runUntil(() => clientCoins(alice) === 7, 5);
		expect(clientCoins(alice)).toBe(7);
		expect(views(server, alice).onClient).toBe(views(server, alice).onServer);
	});
});
