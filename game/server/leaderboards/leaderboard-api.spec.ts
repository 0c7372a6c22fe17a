import { describe, expect, it } from "@rbxts/jest-globals";
import { onBoards, orderedValue, waitLoaded } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

type Row = { rank: number; userId: number; name: string; value: number };
type History = { season: string; top: [number, number][] }[] | undefined;

const LAPS = `{ name = "laps", title = "Laps", description = "Laps this week", ranking = "Points",
	sort = "HighestFirst", season = "weekly", displaySize = 5, source = "wins" }`;

const text = (rows: Row[]) => rows.map((row) => `${row.rank}:${row.userId}:${row.value}`).join(" ");

// The leaderboards' API beyond pages, ranks and metadata (leaderboard-service.spec.ts, leaderboard-metadata.spec.ts):
// declaring a board, the top N, a season reset, ratings from a match and the forced flush.
describe("leaderboards: the rest of the API", () => {
	it("declares a board at runtime, lists its top N at once, and snapshots its season into the history on reset", () => {
		const world = createWorld({ seed: 761 });
		const server = world.startServer();
		expect(onBoards(server, `return lb:createLeaderboard(${LAPS})`)).toBe(true);
		expect(onBoards(server, `return lb:createLeaderboard(${LAPS})`)).toBe(false);
		onBoards(
			server,
			`for userId, laps in { [801] = 12, [802] = 30, [803] = 21 } do lb:updatePlayerScore("laps", userId, laps) end`,
		);
		// This server's own writes are in its cached top before any flush.
		expect(text(onBoards(server, `return lb:getTopPlayers("laps", 2)`) as Row[])).toBe("1:802:30 2:803:21");
		const season = onBoards(server, `return lb:getLeaderboardStats().boards.laps.season`) as string;

		expect(onBoards(server, `return lb:resetLeaderboard("laps", "spec")`)).toBe("written");
		const history = world.readStore("LeaderboardHistory", "laps") as History;
		expect(history?.size()).toBe(1);
		expect(history?.[0].season).toBe(season);
		expect(history?.[0].top).toEqual([
			[802, 30],
			[803, 21],
			[801, 12],
		]);
		expect(onBoards(server, `return #lb:getHistory("laps")`)).toBe(1);
		// Once per season: a second reset changes nothing; the scores stay (each season has its own store).
		expect(onBoards(server, `return lb:resetLeaderboard("laps")`)).toBe("already");
		expect((world.readStore("LeaderboardHistory", "laps") as History)?.size()).toBe(1);
		expect(orderedValue(server, `LB_laps_${season}`, 802)).toBe(30);
		expect(onBoards(server, `return lb:resetLeaderboard("nope")`)).toBe("unknown board");
		expect(world.scriptErrors()).toEqual([]);
	});

	it("rates a match's placements through the player data; flushWrites stores the new ratings at once", () => {
		const world = createWorld({ seed: 762 });
		const server = world.startServer();
		for (const userId of [811, 812, 813]) world.join(userId, server);
		waitLoaded(world, server, [811, 812, 813]);
		const ratings = onBoards(
			server,
			`local ratings = lb:recordMatch({ 811, 812, 813 }) return { ratings[811], ratings[812], ratings[813] }`,
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
