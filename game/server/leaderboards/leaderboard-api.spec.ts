import { describe, expect, it } from "@rbxts/jest-globals";
import { LAPS, onBoards } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

type Row = { rank: number; userId: number; name: string; value: number };

const text = (rows: Row[]) => rows.map((row) => `${row.rank}:${row.userId}:${row.value}`).join(" ");

// The leaderboards' API beyond pages and ranks (leaderboard-service.spec.ts): declaring a board and its top N.
describe("leaderboards: the rest of the API", () => {
	it("declares a board at runtime and lists its top N at once", () => {
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
		expect(world.scriptErrors()).toEqual([]);
	});
});
