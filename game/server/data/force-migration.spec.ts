import { describe, expect, it } from "@rbxts/jest-globals";
import { coinsOn, giveCoins, runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";

const FORCE = `require(game.ServerScriptService.server.data["force-migration"]).forceMigration`;

describe("forceMigration (admin)", () => {
	it("re-runs one migration for the online players, backing up first", () => {
		const world = createWorld({ seed: 95 });
		const server = world.startServer();
		world.join(951, server);
		world.join(952, server);
		world.runUntil(() => coinsOn(server, 951) !== undefined && coinsOn(server, 952) !== undefined, 60);
		giveCoins(server, 951, 3);
		// Migration 4 multiplies coins by 10.
		const applied = runWithGame(
			server,
			`local results = ${FORCE}(dataService, 4)
			local ok = 0 for _, r in results do if r.ok then ok += 1 end end return ok`,
		);
		expect(applied).toBe(2);
		expect(coinsOn(server, 951)).toBe(30);
		const backup = world.readStore("PlayerDataBackup", "Player_951_v4") as { coins: number } | undefined;
		expect(backup?.coins).toBe(3);
	});

	it("changes nothing for a player whose data fails the migration's rules", () => {
		const world = createWorld({ seed: 96 });
		const server = world.startServer();
		world.join(953, server);
		world.runUntil(() => coinsOn(server, 953) !== undefined, 60);
		runWithGame(
			server,
			`dataService:update(game.Players:GetPlayerByUserId(953), function(d)
			local copy = table.clone(d) copy.coins = -4 return copy end)`,
		);
		const results = runWithGame(server, `return ${FORCE}(dataService, 4)`) as { ok: boolean; reason?: string }[];
		expect(results[0].ok).toBe(false);
		expect(results[0].reason).toMatch("validation failed");
		expect(coinsOn(server, 953)).toBe(-4);
		expect(world.readStore("PlayerDataBackup", "Player_953_v4")).toBeUndefined();
	});

	it("refuses an unknown version", () => {
		const world = createWorld({ seed: 97 });
		const server = world.startServer();
		const results = runWithGame(server, `return ${FORCE}(dataService, 99)`) as { ok: boolean; reason?: string }[];
		expect(results[0]).toEqual({ userId: 0, ok: false, reason: "no migration 99" });
	});
});
