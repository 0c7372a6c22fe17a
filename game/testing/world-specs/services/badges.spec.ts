import { describe, expect, it } from "@rbxts/jest-globals";
import { badgeAwards } from "../../platform-services";
import { createWorld } from "../../world";

// create.roblox.com/docs/reference/engine/classes/BadgeService#AwardBadgeAsync and #UserHasBadgeAsync: a badge is
// awarded from the server to a player in it who does not have it yet; the engine's `badge-outage` fault fails calls.
const CALLS = `
	local badges = game:GetService("BadgeService")
	local function try(fn, ...) local ok, result = pcall(fn, badges, ...) return if ok then result else "error" end
`;

describe("BadgeService", () => {
	it("awards a badge to a player in the server once; UserHasBadgeAsync follows", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(51, server);
		world.advance(0.5);
		const results = server.run(`${CALLS}
			return { try(badges.UserHasBadgeAsync, 51, 9), try(badges.AwardBadgeAsync, 51, 9),
				try(badges.AwardBadgeAsync, 51, 9), try(badges.UserHasBadgeAsync, 51, 9), try(badges.AwardBadgeAsync, 52, 9) }
		`);
		expect(results).toEqual([false, true, false, true, "error"]);
		expect(badgeAwards(world).map((entry) => [entry.userId, entry.badgeId])).toEqual([[51, 9]]);
	});

	it("fails calls during an outage without awarding, and refuses a client's call", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(53, server);
		world.advance(0.5);
		const outage = world.addFault({ kind: "badge-outage" });
		expect(
			server.run(`${CALLS} return { try(badges.AwardBadgeAsync, 53, 9), try(badges.UserHasBadgeAsync, 53, 9) }`),
		).toEqual(["error", "error"]);
		world.removeFault(outage);
		expect(server.run(`${CALLS} return try(badges.UserHasBadgeAsync, 53, 9)`)).toBe(false);
		expect(client.run(`${CALLS} return try(badges.AwardBadgeAsync, 53, 9)`)).toBe("error");
		expect(badgeAwards(world)).toEqual([]);
	});
});
