import { describe, expect, it } from "@rbxts/jest-globals";
import { DEMO_BADGES, DEMO_GAME_PASSES } from "shared/config/demo";
import { clientCoins } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { badgeAwards, buyGamePass, grantGamePass } from "testing/platform-services";
import { createWorld, WorldServer } from "testing/world";
import { collectOne } from "testing/demo/demo-client";
import { endRound, roundPhase } from "testing/demo/demo-server";

// The demo's Double coins pass (MarketplaceService#UserOwnsGamePassAsync at join, #PromptGamePassPurchaseFinished
// for a purchase: create.roblox.com/docs/reference/engine/classes/MarketplaceService) and its badge for the first
// round won (create.roblox.com/docs/reference/engine/classes/BadgeService).
const PASS = DEMO_GAME_PASSES.doubleCoins;

/** A world with one server; its players get characters, which the bots' walker steers. */
function oneServerWorld(seed: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	return { world, server };
}

function owns(server: WorldServer, userId: number) {
	return runWithGame(
		server,
		`return service("server/monetization/game-pass-service@GamePassService"):owns(game.Players:GetPlayerByUserId(${userId}), ${PASS})`,
	);
}

/** Walks the client's player to the nearest collectible and picks it up; returns the coins it was worth. */
describe("the demo's game pass and badge", () => {
	it("a player who owns Double coins at join is paid twice a collectible's coins", () => {
		const { world, server } = oneServerWorld(71);
		grantGamePass(world, 711, PASS);
		const client = world.join(711, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		expect(owns(server, 711)).toBe(true);
		world.runUntil(() => roundPhase(server) === "playing", 30);
		const worth = collectOne(world, client);
		expect(worth).toBeGreaterThan(0);
		expect(clientCoins(client)).toBe(worth * 2);
	});

	it("a pass bought mid-session counts at once; without it a collectible pays its coins", () => {
		const { world, server } = oneServerWorld(72);
		const client = world.join(712, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		world.runUntil(() => roundPhase(server) === "playing", 30);
		const worth = collectOne(world, client);
		expect(clientCoins(client)).toBe(worth);
		expect(owns(server, 712)).toBe(false);
		buyGamePass(world, 712, PASS);
		world.advance(0.05);
		expect(owns(server, 712)).toBe(true);
	});

	it("a pass check that fails at join is tried again later and finds the pass", () => {
		const world = createWorld({ seed: 73 });
		const server = world.startServer();
		grantGamePass(world, 713, PASS);
		world.addFault({ kind: "marketplace-outage", userId: 713, to: 30 });
		const client = world.join(713, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		world.advance(10);
		expect(owns(server, 713)).toBe(false);
		world.advance(90);
		expect(owns(server, 713)).toBe(true);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("the round's winner gets the first-win badge once, however many rounds they win", () => {
		const world = createWorld({ seed: 74 });
		const server = world.startServer();
		const clients = [714, 715].map((userId) => world.join(userId, server));
		world.runUntil(() => clients.every((client) => clientCoins(client) !== undefined), 60);
		const win = () => {
			world.runUntil(() => roundPhase(server) === "playing", 60);
			endRound(server, { 714: 2, 715: 9 });
			world.advance(2);
		};
		win();
		win();
		expect(runWithGame(server, `return playerState.getPlayerData(715).stats.wins`)).toBe(2);
		expect(badgeAwards(world).map((entry) => [entry.userId, entry.badgeId])).toEqual([
			[715, DEMO_BADGES.firstRoundWon],
		]);
	});
});
