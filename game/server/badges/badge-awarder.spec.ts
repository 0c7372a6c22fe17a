import { describe, expect, it } from "@rbxts/jest-globals";
import { runWithGame } from "testing/game-server";
import { badgeAwardCalls, badgeAwards, grantBadge } from "testing/platform-services";
import { createWorld } from "testing/world";

// create.roblox.com/docs/reference/engine/classes/BadgeService#AwardBadgeAsync: awarded from the server to a player in
// it who does not have the badge yet; UserHasBadgeAsync says whether they do. The awarder checks first, retries a
// failed request and never awards a badge twice.
const BADGE = 555;

function joined(seed: number, userId: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	world.join(userId, server);
	world.advance(1);
	runWithGame(server, `game:GetService("BadgeService")`);
	const award = () =>
		runWithGame(
			server,
			`service("server/badges/badge-awarder@BadgeAwarder"):award(game.Players:GetPlayerByUserId(${userId}), ${BADGE})`,
		);
	const has = () =>
		runWithGame(
			server,
			`return service("server/badges/badge-awarder@BadgeAwarder"):has(game.Players:GetPlayerByUserId(${userId}), ${BADGE})`,
		);
	return { world, server, award, has };
}

describe("BadgeAwarder", () => {
	it("awards a badge once, however often and however concurrently it is asked", () => {
		const { world, award, has } = joined(61, 611);
		award();
		award();
		world.advance(1);
		award();
		world.advance(1);
		expect(has()).toBe(true);
		expect(badgeAwards(world).map((entry) => [entry.userId, entry.badgeId])).toEqual([[611, BADGE]]);
		expect(badgeAwardCalls(world)).toBe(1);
	});

	it("does not award a badge the player already has", () => {
		const { world, award, has } = joined(62, 612);
		grantBadge(world, 612, BADGE);
		award();
		world.advance(1);
		expect(has()).toBe(true);
		expect(badgeAwards(world)).toEqual([]);
		expect(badgeAwardCalls(world)).toBe(0);
	});

	it("retries through a short outage and awards once it is over", () => {
		const { world, award, has } = joined(63, 613);
		world.addFault({ kind: "badge-outage", to: world.now() + 2 });
		award();
		world.advance(1);
		expect(has()).toBe(false);
		world.advance(10);
		expect(has()).toBe(true);
		expect(badgeAwards(world).size()).toBe(1);
	});

	it("gives up after its retries in a long outage, and the next award call succeeds", () => {
		const { world, award, has } = joined(64, 614);
		const outage = world.addFault({ kind: "badge-outage" });
		award();
		world.advance(60);
		expect(has()).toBe(false);
		expect(badgeAwards(world)).toEqual([]);
		world.removeFault(outage);
		award();
		world.advance(1);
		expect(badgeAwards(world).size()).toBe(1);
		expect(world.scriptErrors()).toEqual([]);
	});
});
