import { describe, expect, it } from "@rbxts/jest-globals";
import { LAPS, onBoards, orderedValue } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

type History = { season: string; top: [number, number][] }[] | undefined;

describe("leaderboards: a season reset", () => {
	it("snapshots a board's season into the history on reset, once per season", () => {
		const world = createWorld({ seed: 761 });
		const server = world.startServer();
		expect(onBoards(server, `return lb:createLeaderboard(${LAPS})`)).toBe(true);
		onBoards(
			server,
			`for userId, laps in { [801] = 12, [802] = 30, [803] = 21 } do lb:updatePlayerScore("laps", userId, laps) end`,
		);
		const season = onBoards(server, `return lb:getLeaderboardStats().boards.laps.season`) as string;

		expect(onBoards(server, `return lb.modules.seasons:resetLeaderboard("laps", "spec")`)).toBe("written");
		const history = world.readStore("LeaderboardHistory", "laps") as History;
		expect(history?.size()).toBe(1);
		expect(history?.[0].season).toBe(season);
		expect(history?.[0].top).toEqual([
			[802, 30],
			[803, 21],
			[801, 12],
		]);
		expect(onBoards(server, `return #lb.modules.seasons:getHistory("laps")`)).toBe(1);
		// Once per season: a second reset changes nothing; the scores stay (each season has its own store).
		expect(onBoards(server, `return lb.modules.seasons:resetLeaderboard("laps")`)).toBe("already");
		expect((world.readStore("LeaderboardHistory", "laps") as History)?.size()).toBe(1);
		expect(orderedValue(server, `LB_laps_${season}`, 802)).toBe(30);
		expect(onBoards(server, `return lb.modules.seasons:resetLeaderboard("nope")`)).toBe("unknown board");
		expect(world.scriptErrors()).toEqual([]);
	});
});
