import { describe, expect, it } from "@rbxts/jest-globals";
import { DATA_CONFIG } from "shared/config/data";
import { legacyDocuments } from "shared/migrations/legacy-documents";
import { coinsOn, profileEnvelope, runWithGame } from "testing/game-server";
import { createWorld, World, WorldServer } from "testing/world";

type Envelope = { Data: { coins: unknown; version: number }; MetaData: { ActiveSession?: unknown } } | undefined;

const MIGRATIONS = `require(game.ReplicatedStorage.shared.migrations).MIGRATIONS`;

function joinVersion3(userId: number, prepare: (server: WorldServer, world: World) => void) {
	const world = createWorld({ seed: userId });
	world.writeStore("PlayerData", `Player_${userId}`, profileEnvelope(legacyDocuments().version3));
	const server = world.startServer();
	prepare(server, world);
	const joinedAt = world.now();
	const client = world.join(userId, server);
	world.runUntil(() => client.kickMessage() !== undefined || coinsOn(server, userId) !== undefined, 150);
	const stored = () => world.readStore("PlayerData", `Player_${userId}`) as Envelope;
	return { world, server, client, stored, waited: world.now() - joinedAt };
}

describe("player data: one deadline for the whole join", () => {
	it("fails a migration step that yields, naming the step, and writes nothing", () => {
		// Version 3 data runs only version 4's step; on this server that step waits before returning.
		const { world, server, client, stored, waited } = joinVersion3(401, (target) =>
			target.run(`
				local step = ${MIGRATIONS}[3]
				local up = step.up
				step.up = function(data) task.wait(100) return up(data) end
			`),
		);
		expect(client.kickMessage()).toMatch("needs an update that failed");
		expect(waited < 10).toBe(true);
		const reason = runWithGame(server, `local h = dataService.migrations:history() return h[#h].reason`) as string;
		expect(reason).toMatch("version 4");
		expect(reason).toMatch("Rescale coins");
		expect(reason).toMatch("yield");
		world.advance(10);
		expect(stored()?.Data.coins).toBe(7);
		expect(stored()?.Data.version).toBe(3);
		expect(stored()?.MetaData.ActiveSession).toBeUndefined();
		expect(world.readStore("PlayerDataBackup", "Player_401_v3")).toBeUndefined();
		expect(world.scriptErrors()).toEqual([]);
	});

	it("a validation rule that yields fails the same way", () => {
		const { client, server } = joinVersion3(402, (target) =>
			target.run(`
				local step = ${MIGRATIONS}[3]
				step.validate = { function() task.wait(1) return nil end }
			`),
		);
		expect(client.kickMessage()).toMatch("needs an update that failed");
		const reason = runWithGame(server, `local h = dataService.migrations:history() return h[#h].reason`) as string;
		expect(reason).toMatch("yield");
	});

	it("kicks at the deadline when a later stage hangs, releases the lock, and writes nothing new", () => {
		// The backup before migrating is the stage that hangs: each backup write takes far longer than the deadline.
		const { world, client, stored, waited } = joinVersion3(403, (_, target) =>
			target.addFault({ kind: "datastore-latency", store: "PlayerDataBackup", seconds: 300 }),
		);
		expect(client.kickMessage()).toMatch("couldn't load your data");
		expect(waited < DATA_CONFIG.loadTimeoutSeconds + 5).toBe(true);
		world.advance(DATA_CONFIG.loadTimeoutSeconds);
		expect(stored()?.MetaData.ActiveSession).toBeUndefined();
		// The backup write lands long after the kick: the profile still holds exactly the version 3 data.
		world.advance(400);
		expect(stored()?.Data.version).toBe(3);
		expect(stored()?.Data.coins).toBe(7);
		expect(world.scriptErrors()).toEqual([]);
	});
});
