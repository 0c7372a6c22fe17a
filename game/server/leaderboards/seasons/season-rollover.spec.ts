import { describe, expect, it } from "@rbxts/jest-globals";
import { daysFromCivil } from "shared/leaderboards/season";
import { onBoards, orderedValue, setStats, waitLoaded } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

type History = { season: string; top: [number, number][] }[] | undefined;

// Season ids come from UTC time (DateTime, create.roblox.com/docs/reference/engine/datatypes/DateTime); the lease is a
// MemoryStore sorted map item (create.roblox.com/docs/cloud-services/memory-stores/sorted-map).
describe("leaderboards: seasons", () => {
	it("rolls over at the UTC week boundary and writes the finished season's snapshot exactly once", () => {
		const boundary = daysFromCivil(2026, 11, 30) * 86400; // Monday 2026-11-30 00:00 UTC
		const world = createWorld({ seed: 751, epochMillis: (boundary - 90) * 1000 });
		const servers = [world.startServer(), world.startServer(), world.startServer()];
		servers.forEach((server, index) => world.join(761 + index, server, { name: `R${index}` }));
		servers.forEach((server, index) => waitLoaded(world, server, [761 + index]));
		expect(onBoards(servers[0], `return lb:getLeaderboardStats().boards.points.season`)).toBe("2026-W48");
		world.advance(2); // the baselines are in
		servers.forEach((server, index) => setStats(server, 761 + index, { points: 10 * (index + 1) }));
		world.advance(100);
		expect(onBoards(servers[0], `return lb:getLeaderboardStats().boards.points.season`)).toBe("2026-W49");
		// Every server's last flush of W48 landed before the snapshot.
		expect(orderedValue(servers[0], "LB_points_2026-W48", 763)).toBe(30);
		world.advance(120);
		const history = world.readStore("LeaderboardHistory", "points") as History;
		expect(history?.size()).toBe(1);
		expect(history?.[0].season).toBe("2026-W48");
		expect(history?.[0].top).toEqual([
			[763, 30],
			[762, 20],
			[761, 10],
		]);
		// Three servers raced for each weekly board: one snapshot of points; score had no entries in W48, and a season
		// without scores leaves no history entry (nor does W47, which they caught up at start).
		let written = 0;
		for (const server of servers) {
			written += onBoards(server, `return lb.modules.seasons.snapshots.counters.written`) as number;
		}
		expect(written).toBe(1);
		expect(world.readStore("LeaderboardHistory", "score")).toBeUndefined();
		// A later attempt (a retry, a late server) changes nothing.
		expect(onBoards(servers[2], `return lb.modules.seasons.snapshots:take("points", "2026-W48")`)).toBe("already");
		expect((world.readStore("LeaderboardHistory", "points") as History)?.size()).toBe(1);
		expect(onBoards(servers[1], `return #lb.modules.seasons:getHistory("points")`)).toBe(1);

		// The new season counts from the rollover: 35 points now is 25 gained this week.
		setStats(servers[0], 761, { points: 35 });
		world.advance(35);
		expect(orderedValue(servers[0], "LB_points_2026-W49", 761)).toBe(25);
		expect(world.scriptErrors()).toEqual([]);
	});
});

describe("leaderboards: seasons catch up", () => {
	it("writes a finished season's snapshot once when no server lived through its end", () => {
		const boundary = daysFromCivil(2026, 11, 30) * 86400; // Monday 2026-11-30 00:00 UTC
		const world = createWorld({ seed: 771, epochMillis: (boundary - 150) * 1000 });
		const first = [world.startServer(), world.startServer()];
		first.forEach((server, index) => world.join(781 + index, server));
		first.forEach((server, index) => waitLoaded(world, server, [781 + index]));
		world.advance(2);
		first.forEach((server, index) => setStats(server, 781 + index, { points: 10 * (index + 1) }));
		world.advance(40);
		// Every server closes before the boundary: their writes of W48 land, nobody is there at its end.
		for (const server of first) expect(server.shutdown().timedOut).toBe(false);
		expect(world.now()).toBeLessThan(150);
		world.advance(3600);
		expect(world.readStore("LeaderboardHistory", "points")).toBeUndefined();
		// Two servers start an hour into W49, and a player joins each.
		const later = [world.startServer(), world.startServer()];
		later.forEach((server, index) => world.join(785 + index, server));
		world.advance(120);
		const history = world.readStore("LeaderboardHistory", "points") as History;
		expect(history?.map((entry) => entry.season)).toEqual(["2026-W48"]);
		expect(history?.[0].top).toEqual([
			[782, 20],
			[781, 10],
		]);
		let written = 0;
		for (const server of later)
			written += onBoards(server, `return lb.modules.seasons.snapshots.counters.written`) as number;
		// points and score are the weekly boards; score had no entries in W48, so only points has a snapshot.
		expect(written).toBe(1);
		expect(world.readStore("LeaderboardHistory", "score")).toBeUndefined();
		expect(world.scriptErrors()).toEqual([]);
	});

	it("writes the snapshot of every season missed since the last one, oldest first, from a closing server too", () => {
		const boundary = daysFromCivil(2026, 11, 30) * 86400;
		const world = createWorld({ seed: 772, epochMillis: (boundary - 100) * 1000 });
		// W47 is in the history already; W48 has scores and no snapshot.
		world.writeStore("LeaderboardHistory", "points", [
			{ season: "2026-W47", top: [[790, 5]], at: boundary - 9 * 86400 },
		]);
		const server = world.startServer();
		world.join(791, server);
		waitLoaded(world, server, [791]);
		world.advance(2);
		setStats(server, 791, { points: 7 });
		world.advance(105); // across the boundary, then closed before the season's end is 45 s old
		expect(server.shutdown().timedOut).toBe(false);
		const history = world.readStore("LeaderboardHistory", "points") as History;
		expect(history?.map((entry) => entry.season)).toEqual(["2026-W47", "2026-W48"]);
		expect(history?.[1].top).toEqual([[791, 7]]);
		expect(world.scriptErrors()).toEqual([]);
	});
});
