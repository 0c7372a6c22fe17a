import { describe, expect, it } from "@rbxts/jest-globals";
import { legacyDocuments } from "shared/migrations/legacy-documents";
import { CURRENT_VERSION } from "shared/migrations/index";
import { coinsOn, profileEnvelope, runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";

type StoredDocument = { coins: unknown; version: number; stats?: { rating?: number; points?: number } };
type Envelope = { Data: StoredDocument } | undefined;

function scenario(userId: number, document: object) {
	const world = createWorld({ seed: userId });
	world.writeStore("PlayerData", `Player_${userId}`, profileEnvelope(document));
	const server = world.startServer();
	const client = world.join(userId, server);
	world.runUntil(() => client.kickMessage() !== undefined || coinsOn(server, userId) !== undefined, 120);
	const stored = () => (world.readStore("PlayerData", `Player_${userId}`) as Envelope)?.Data;
	return { world, server, client, stored };
}

describe("player data: migrations on join", () => {
	it("migrates version 1 data on join, backs up the original once, and saves the migrated data", () => {
		const { world, server, client, stored } = scenario(301, legacyDocuments().version1);
		expect(coinsOn(server, 301)).toBe(1250);
		const backup = world.readStore("PlayerDataBackup", "Player_301_v1") as { cash: number } | undefined;
		expect(backup?.cash).toBe(125);
		client.leave();
		world.advance(10);
		expect(stored()?.version).toBe(CURRENT_VERSION);
		expect(stored()?.coins).toBe(1250);
		expect(stored()?.stats?.points).toBe(40);
		expect(runWithGame(server, `return dataService.migrations:stats().applied`)).toBe(1);
	});

	it("runs only the pending migrations on version 3 data", () => {
		const { server } = scenario(302, legacyDocuments().version3);
		expect(coinsOn(server, 302)).toBe(70);
		expect(runWithGame(server, `return playerState.getPlayerData(302).stats.bestCourseMs`)).toBe(61234);
	});

	it("writes nothing and kicks with a message when a migration fails its validation", () => {
		const broken = { ...legacyDocuments().version3, coins: -5 };
		const { world, server, client, stored } = scenario(303, broken);
		expect(client.kickMessage()).toMatch("needs an update that failed");
		world.advance(10);
		expect(stored()?.coins).toBe(-5);
		expect(stored()?.version).toBe(3);
		expect(world.readStore("PlayerDataBackup", "Player_303_v3")).toBeUndefined();
		const history = runWithGame(server, `local h = dataService.migrations:history() return h[#h].reason`) as string;
		expect(history).toMatch("version 4");
	});

	it("writes nothing and kicks with a message when a migration step throws", () => {
		// Version 4's up multiplies coins by 10: a string there makes the step throw.
		const throwing = { ...legacyDocuments().version3, coins: "lots" };
		const { world, client, stored } = scenario(306, throwing);
		expect(client.kickMessage()).toMatch("needs an update that failed");
		world.advance(10);
		expect(stored()?.coins).toBe("lots");
		expect(stored()?.version).toBe(3);
	});

	it("refuses data written by a newer server it cannot read, and never downgrades it", () => {
		const newer = {
			version: CURRENT_VERSION + 2,
			compatibleVersion: CURRENT_VERSION + 1,
			coins: 77,
			hovercraft: true,
		};
		const { world, client, stored } = scenario(304, newer);
		expect(client.kickMessage()).toMatch("newer version");
		world.advance(10);
		expect(stored()?.version).toBe(CURRENT_VERSION + 2);
		expect((stored() as unknown as { hovercraft: boolean }).hovercraft).toBe(true);
	});

	it("repairs wrongly typed fields instead of crashing, and keeps the rest", () => {
		const corrupt = { ...legacyDocuments().version3, version: CURRENT_VERSION, compatibleVersion: CURRENT_VERSION };
		const { world, server, client } = scenario(305, { ...corrupt, coins: "lots", settings: 12 });
		expect(client.kickMessage()).toBeUndefined();
		expect(coinsOn(server, 305)).toBe(0);
		expect(runWithGame(server, `return playerState.getPlayerData(305).stats.points`)).toBe(300);
		const warnings = world
			.output()
			.filter((line) => line.kind === "warning" && line.message.find("repaired")[0] !== undefined);
		expect(warnings.size()).toBe(1);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("copies data it repairs to the backup store first, verbatim, with the fields it replaced", () => {
		const current = { ...legacyDocuments().version3, version: CURRENT_VERSION, compatibleVersion: CURRENT_VERSION };
		// What support needs to give the coins back: the stored value the repair replaces with a default.
		const corrupt = { ...current, coins: "8880" };
		const { world, server, client } = scenario(306, corrupt);
		expect(coinsOn(server, 306)).toBe(0);
		const key = `Player_306_repaired_v${CURRENT_VERSION}`;
		expect(world.readStore("PlayerDataBackup", key)).toEqual(corrupt);
		const metadata = server.run(`
			local _, info = game:GetService("DataStoreService"):GetDataStore("PlayerDataBackup"):GetAsync("${key}")
			return info and info:GetMetadata()
		`) as { repaired?: string; at?: number } | undefined;
		expect(metadata?.repaired).toBe("coins");
		expect(metadata?.at).toBeGreaterThan(0);
		// A later join with data that needs no repair writes nothing more.
		client.leave();
		world.advance(10);
		const again = world.join(306, server);
		world.runUntil(() => coinsOn(server, 306) !== undefined, 60);
		expect(world.readStore("PlayerDataBackup", key)).toEqual(corrupt);
		expect(again.kickMessage()).toBeUndefined();
	});
});
