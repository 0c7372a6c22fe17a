import { describe, expect, it } from "@rbxts/jest-globals";
import { onBoards, orderedValue, waitLoaded } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

describe("leaderboards: match ratings", () => {
	it("rates a match's placements through the player data; flushWrites stores the new ratings at once", () => {
		const world = createWorld({ seed: 762 });
		const server = world.startServer();
		for (const userId of [811, 812, 813]) world.join(userId, server);
		waitLoaded(world, server, [811, 812, 813]);
		const ratings = onBoards(
			server,
			`local ratings = lb.modules.ratings:recordMatch({ 811, 812, 813 }) return { ratings[811], ratings[812], ratings[813] }`,
		) as number[];
		// Three players at 1000 with K = 32: the winner takes 16 from the last, the middle breaks even.
		expect(ratings).toEqual([1016, 1000, 984]);
		world.advance(1);
		const stored = onBoards(
			server,
			`local player = game.Players:GetPlayerByUserId(811) return dataService:getData(player).stats.rating`,
		);
		expect(stored).toBe(1016);
		expect((onBoards(server, `return lb:getPlayerRank("rating", 811)`) as { value: number }).value).toBe(1016);
		// Well inside the 30 s flush interval: only the forced flush can have written these.
		expect(world.now()).toBeLessThan(25);
		expect(orderedValue(server, "LB_rating_all", 811)).toBeUndefined();
		onBoards(server, `lb:flushWrites()`);
		world.advance(3);
		expect(orderedValue(server, "LB_rating_all", 811)).toBe(1016);
		expect(orderedValue(server, "LB_rating_all", 813)).toBe(984);
		// The middle player's rating did not change: nothing to write.
		expect(orderedValue(server, "LB_rating_all", 812)).toBeUndefined();
		expect(world.scriptErrors()).toEqual([]);
	});
});
