import { describe, expect, it } from "@rbxts/jest-globals";
import { CURRENT_VERSION } from "shared/migrations/index";
import { coinsOn, runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";

type Envelope = { Data: { coins: number; version: number; stats: { points: number } }; MetaData: object } | undefined;

/** A raw value under a player's key, as an older server or a broken tool left it; the player then joins. */
function joinOver(userId: number, raw: unknown) {
	const world = createWorld({ seed: userId });
	world.writeStore("PlayerData", `Player_${userId}`, raw);
	const server = world.startServer();
	const client = world.join(userId, server);
	world.runUntil(() => client.kickMessage() !== undefined || coinsOn(server, userId) !== undefined, 120);
	const stored = () => world.readStore("PlayerData", `Player_${userId}`);
	return { world, server, client, stored };
}

/** Reads a backup with its metadata from inside a server (specs see raw values only). */
function backupWithMetadata(userId: number, server: ReturnType<ReturnType<typeof createWorld>["startServer"]>) {
	return server.run(`
		local store = game:GetService("DataStoreService"):GetDataStore("PlayerDataBackup")
		local value, info = store:GetAsync("Player_${userId}_unreadable")
		return { value = value, metadata = info and info:GetMetadata() }
	`) as { value: unknown; metadata?: { reason?: string; at?: number } };
}

describe("player data: what the key holds before ProfileStore writes it", () => {
	// Player_100005 in data/migrations/legacy-profiles.json: version 1 data stored without ProfileStore's envelope.
	const bareVersion1 = { cash: 888, ownedHats: ["halo", "tophat", "visor"], points: 2512, wins: 6 };

	it("backs up a bare legacy document verbatim, wraps it, migrates it and saves it", () => {
		const { world, server, client, stored } = joinOver(100005, bareVersion1);
		expect(client.kickMessage()).toBeUndefined();
		expect(coinsOn(server, 100005)).toBe(8880);
		expect(world.readStore("PlayerDataBackup", "Player_100005_v1")).toEqual(bareVersion1);
		client.leave();
		world.advance(10);
		const saved = stored() as Envelope;
		expect(saved?.MetaData).toBeDefined();
		expect(saved?.Data.coins).toBe(8880);
		expect(saved?.Data.version).toBe(CURRENT_VERSION);
		expect(saved?.Data.stats.points).toBe(2512);
		expect(
			world.output().filter((line) => line.message.find("Invalid profile was overwritten")[0] !== undefined),
		).toEqual([]);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("loads a bare document of the current version as it is, after one verbatim backup", () => {
		const current = {
			version: CURRENT_VERSION,
			compatibleVersion: CURRENT_VERSION,
			coins: 9280,
			stats: { points: 5, wins: 1, roundsPlayed: 2, bestRoundScore: 3, bestCourseMs: 0, rating: 1010 },
			cosmetics: { owned: ["crown"], equipped: "" },
			settings: { musicVolume: 0.1, effectsVolume: 0.2, showRoundTimer: false },
			receipts: ["purchase-1"],
		};
		const { world, server, client } = joinOver(100020, current);
		expect(coinsOn(server, 100020)).toBe(9280);
		expect(world.readStore("PlayerDataBackup", `Player_100020_v${CURRENT_VERSION}`)).toEqual(current);
		client.leave();
		world.advance(10);
		expect((world.readStore("PlayerData", "Player_100020") as Envelope)?.Data.coins).toBe(9280);
	});

	it("refuses a bare document of a newer version and leaves it exactly as it was", () => {
		const newer = { version: CURRENT_VERSION + 2, compatibleVersion: CURRENT_VERSION + 2, coins: 5, jetpack: 1 };
		const { world, client, stored } = joinOver(100040, newer);
		expect(client.kickMessage()).toMatch("newer version");
		world.advance(30);
		expect(stored()).toEqual(newer);
	});

	it.each([
		["a string", "cash=888;points=2512"],
		["a number", 8880],
		["an envelope whose Data is not a table", { Data: "oops", MetaData: {}, GlobalUpdates: [0, []] }],
		["a list instead of a dictionary", [1, 2, 3]],
	] as const)("refuses %s, backs it up verbatim with a reason and a time, never overwrites it", (_, raw) => {
		const userId = 100051;
		const { world, server, client, stored } = joinOver(userId, raw);
		expect(client.kickMessage()).toMatch("could not be read");
		world.advance(30);
		expect(stored()).toEqual(raw);
		const backup = backupWithMetadata(userId, server);
		expect(backup.value).toEqual(raw);
		expect(backup.metadata?.reason).toMatch("profile");
		expect(typeIs(backup.metadata?.at, "number")).toBe(true);
		const history = runWithGame(server, `local h = dataService.migrations:history() return h[#h].outcome`);
		expect(history).toBe("refused");
		const logged = world.output().filter((line) => line.message.find(`Player_${userId}`)[0] !== undefined);
		expect(logged.size() > 0).toBe(true);
		expect(world.scriptErrors()).toEqual([]);
	});
});
