import { describe, expect, it } from "@rbxts/jest-globals";
import { onBoards, onlyRefresh, orderedValue, seedOrdered, setStats, waitLoaded } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

type Row = { rank: number; userId: number; name: string; value: number };

function rows(server: Parameters<typeof onBoards>[0], board: string, limit: number, offset: number) {
	return onBoards(server, `return lb:getLeaderboard("${board}", ${limit}, ${offset})`) as Row[];
}

const text = (list: Row[]) => list.map((row) => `${row.rank}:${row.userId}:${row.value}`).join(" ");

// OrderedDataStore semantics: create.roblox.com/docs/reference/engine/classes/OrderedDataStore (integers only,
// GetSortedAsync pages of at most 100).
describe("leaderboards: the store", () => {
	it("orders every ranking type through the store, ties sharing a rank and listed by user id", () => {
		const world = createWorld({ seed: 701 });
		const server = world.startServer();
		onBoards(
			server,
			`
			for userId, ms in { [1] = 70000, [2] = 65000, [3] = 65000, [4] = 90000 } do lb:updatePlayerScore("time", userId, ms) end
			for userId, points in { [1] = 5, [2] = 9, [3] = 5, [4] = 0 } do lb:updatePlayerScore("rating", userId, points) end
			lb:updatePlayerScore("time", 4, 95000) -- worse: a best-of board keeps 90000
			lb:updatePlayerScore("rating", 2, 7) -- a set board takes the newest value
		`,
		);
		onlyRefresh(server, ["time", "rating"]);
		world.advance(35); // one flush interval
		expect(orderedValue(server, "LB_time_all", 2)).toBe(-65000);
		expect(orderedValue(server, "LB_time_all", 4)).toBe(-90000);
		// A stale server's worse time never lowers the stored best (UpdateAsync keeps the better).
		onBoards(server, `lb:updatePlayerScore("time", 2, 99999) lb.queue:flush()`);
		world.advance(10);
		expect(orderedValue(server, "LB_time_all", 2)).toBe(-65000);
		expect(world.runUntil(() => text(rows(server, "rating", 10, 1)) === "1:2:7 2:1:5 2:3:5 4:4:0", 150)).toBe(true);
		expect(
			world.runUntil(() => text(rows(server, "time", 10, 1)) === "1:2:65000 1:3:65000 3:1:70000 4:4:90000", 150),
		).toBe(true);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("pages through a board, beyond the cached top, and ranks a player outside it as N+", () => {
		const world = createWorld({ seed: 702 });
		const entries: [number, number][] = [];
		for (let index = 1; index <= 130; index++) entries.push([10000 + index, 2000 + index]);
		seedOrdered(world, "LB_rating_all", entries);
		const server = world.startServer();
		onlyRefresh(server, ["rating"]);
		world.join(9001, server, { name: "Newcomer" });
		waitLoaded(world, server, [9001]);
		setStats(server, 9001, { rating: 1500 });
		expect(world.runUntil(() => rows(server, "rating", 10, 1).size() === 10, 120)).toBe(true);
		expect(text(rows(server, "rating", 3, 1))).toBe("1:10130:2130 2:10129:2129 3:10128:2128");
		expect(text(rows(server, "rating", 2, 11))).toBe("11:10120:2120 12:10119:2119");
		const rank = onBoards(server, `return lb:getPlayerRank("rating", 9001)`) as { label: string; value: number };
		expect(rank.label).toBe("100+");
		expect(rank.value).toBe(1500);
		// Past the cached 100: read page by page from the store.
		world.advance(60);
		expect(text(rows(server, "rating", 2, 129))).toBe("129:10002:2002 130:10001:2001");
		// A live value that enters the top is ranked at once on this server.
		setStats(server, 9001, { rating: 2125 });
		world.advance(1);
		expect((onBoards(server, `return lb:getPlayerRank("rating", 9001)`) as { label: string }).label).toBe("6");
	});
});

describe("leaderboards: writes", () => {
	it("flushes a leaving player's scores at once, and the rest at shutdown", () => {
		const world = createWorld({ seed: 703 });
		const server = world.startServer();
		const leaving = world.join(711, server);
		world.join(712, server);
		waitLoaded(world, server, [711, 712]);
		world.advance(31); // the interval flush of the join values has passed
		setStats(server, 711, { rating: 1234 });
		setStats(server, 712, { rating: 1111 });
		world.advance(1);
		leaving.leave();
		world.advance(5);
		expect(orderedValue(server, "LB_rating_all", 711)).toBe(1234);
		expect(orderedValue(server, "LB_rating_all", 712)).toBeUndefined(); // not flushed yet: waits for the interval
		const report = server.shutdown();
		expect(report.timedOut).toBe(false);
		const checker = world.startServer();
		expect(orderedValue(checker, "LB_rating_all", 712)).toBe(1111);
	});

	// Outage and throttling: create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits.
	it("retries through an outage and waits out a throttle: nothing is lost, nothing queued", () => {
		const world = createWorld({ seed: 704 });
		const server = world.startServer();
		world.join(721, server);
		waitLoaded(world, server, [721]);
		world.advance(31);
		const outage = world.addFault({ kind: "datastore-outage", server, store: "LB_rating_all" });
		setStats(server, 721, { rating: 1300 });
		world.advance(40);
		const during = onBoards(server, `return lb:getLeaderboardStats()`) as { errors: number; pendingWrites: number };
		expect(during.errors).toBeGreaterThan(0);
		expect(during.pendingWrites).toBe(1);
		setStats(server, 721, { rating: 1310 });
		world.removeFault(outage);
		world.advance(90);
		expect(orderedValue(server, "LB_rating_all", 721)).toBe(1310);

		const throttledBefore = world.datastore().throttled;
		const throttle = world.addFault({ kind: "datastore-throttle", server });
		setStats(server, 721, { rating: 1320 });
		world.advance(40);
		const stats = onBoards(server, `return lb:getLeaderboardStats()`) as {
			pendingWrites: number;
			writes: { deferred: number };
		};
		expect(stats.pendingWrites).toBe(1);
		expect(stats.writes.deferred).toBeGreaterThan(0);
		world.removeFault(throttle);
		world.advance(40);
		expect(orderedValue(server, "LB_rating_all", 721)).toBe(1320);
		// The leaderboards never made a request that had to wait in a throttle queue.
		expect(
			world.output().filter((line) => line.message.find("LB_")[0] !== undefined && line.kind === "warning"),
		).toEqual([]);
		expect(world.datastore().throttled).toBe(throttledBefore);
	});
});

describe("leaderboards: across servers", () => {
	it("shows a score from one server on another within a flush and a refresh interval", () => {
		const world = createWorld({ seed: 705 });
		const first = world.startServer();
		const second = world.startServer();
		world.join(731, first, { name: "Ann" });
		world.join(732, second, { name: "Bob" });
		waitLoaded(world, first, [731]);
		waitLoaded(world, second, [732]);
		setStats(first, 731, { rating: 1500 });
		const started = world.now();
		const interval = onBoards(second, `return lb:effectiveRefreshInterval()`) as number;
		const seen = world.runUntil(() => {
			const top = rows(second, "rating", 2, 1);
			return top[0]?.userId === 731 && top[0]?.value === 1500 && top[0]?.name === "Ann";
		}, 200);
		expect(seen).toBe(true);
		expect(world.now() - started).toBeLessThanOrEqual(30 + interval + 5);
	});
});
