import { describe, expect, it } from "@rbxts/jest-globals";
import { RATE_LIMITS } from "shared/config/network";
import { DEMO_RATE_LIMITS } from "shared/demo/network";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import {
	floodEveryRemote,
	listenForRefusals,
	listRemotes,
	unlimitedRemotes,
	unreliableRemotes,
} from "testing/remote-walker";
import { createWorld } from "testing/world";
import { roundPhase } from "testing/demo/demo-server";

// The demo's remotes live in a networking of their own (shared/demo/network.ts); the hostile-input spec walks every
// networking folder, and this spec checks that the demo's are among them, limited and guarded like the framework's.
const DEMO_REMOTES = ["demo.collect", "demo.courseCheckpoint", "demo.move", "shop.equip", "shop.requestPurchase"];

function joined(seed: number, userId: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	server.run(`game.Players.CharacterAutoLoads = false`);
	const client = world.join(userId, server);
	world.runUntil(() => clientCoins(client) !== undefined, 60);
	return { world, server, client };
}

describe("the demo's remotes", () => {
	it("are found by the remote walker, demo.move as the unreliable one", () => {
		const { client } = joined(31, 3101);
		const remotes = listRemotes(client);
		for (const remote of DEMO_REMOTES) expect([remote, remotes.includes(remote)]).toEqual([remote, true]);
		expect(unreliableRemotes(client)).toEqual(["demo.move"]);
		// The framework's remotes stay in their own folder beside them.
		expect(remotes).toContain("settings.change");
	});

	it("take their limits from the demo's config, which the server registered", () => {
		const { server } = joined(32, 3201);
		for (const [remote, limit] of pairs(DEMO_RATE_LIMITS)) {
			const onServer = runWithGame(
				server,
				`local limits = require(game.ReplicatedStorage.shared.config.network).RATE_LIMITS["${remote}"]
				return limits and { limits.perSecond, limits.burst }`,
			);
			expect([remote, onServer]).toEqual([remote, [limit.perSecond, limit.burst]]);
		}
		// A demo remote without an entry would get the default: every one of them has its own.
		expect(
			DEMO_REMOTES.filter((remote) => DEMO_RATE_LIMITS[remote as keyof typeof DEMO_RATE_LIMITS] === undefined),
		).toEqual([]);
		expect(RATE_LIMITS.default).toBeDefined();
	});

	it("refuse a game rule with the demo's own kind, a call of the wrong shape, and a flood", () => {
		const { world, server, client } = joined(33, 3301);
		const heard = listenForRefusals(world);
		// A rule of the demo's: no pickup between rounds, refused with its own kind and the message it registered.
		expect(roundPhase(server)).toBe("intermission");
		runOnClient(
			client,
			`require(client.demo["demo-events"]).DemoClientEvents.demo.collect:fire("collectible-none")`,
		);
		world.advance(1);
		const noRound = heard().find((refusal) => refusal.remote === "demo.collect" && refusal.kind === "no-round");
		expect(noRound?.message).toBe("No round is being played.");
		// A wrong shape is refused by the guard Flamework made from the declared type, before any handler.
		runOnClient(client, `require(client.demo["demo-events"]).DemoClientEvents.shop.equip:fire(42)`);
		world.advance(1);
		expect(heard().some((refusal) => refusal.remote === "shop.equip" && refusal.kind === "bad-arguments")).toBe(
			true,
		);
		floodEveryRemote(client, 1);
		world.advance(10);
		expect(unlimitedRemotes(DEMO_REMOTES, heard())).toEqual([]);
	});
});
