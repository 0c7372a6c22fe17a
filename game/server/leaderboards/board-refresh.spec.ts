import { describe, expect, it } from "@rbxts/jest-globals";
import { BOARDS, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { onBoards, seedOrdered, waitLoaded } from "testing/leaderboard-world";
import { createWorld } from "testing/world";

type Stats = {
	boards: Record<string, { cacheAge?: number }>;
	refreshInterval: number;
};

const BOARD_COUNT = BOARDS.size();
const stats = (server: Parameters<typeof onBoards>[0]) => onBoards(server, `return lb:getLeaderboardStats()`) as Stats;

// Per-server OrderedDataStore budgets scale with the players in the server: GetSortedAsync 5 + 2 per player a minute
// (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits). The leaderboards are the
// only users of the ordered request types, so a small server spends that whole budget on its boards.
describe("leaderboards: refreshes on a small server", () => {
	it("loads every board of a one-player server within one refresh interval and keeps each one within it", () => {
		const world = createWorld({ seed: 761 });
		const server = world.startServer();
		world.advance(20);
		world.join(7601, server);
		waitLoaded(world, server, [7601]);
		const joined = world.now();
		const bound = LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER;
		const loaded = world.runUntil(() => {
			for (const [, board] of pairs(stats(server).boards)) if (board.cacheAge === undefined) return false;
			return true;
		}, bound);
		expect(loaded).toBe(true);
		expect(world.now() - joined).toBeLessThanOrEqual(bound);
		// Once the start's own reads (the loads, the seasons' catch-up) are paid for, no board is older than the
		// interval this server publishes (its budget allows it), give or take the 1 s tick. The catch-up's snapshot reads
		// start once the player's data has loaded, and the join's own reads come first, so they finish within 2 minutes.
		world.advance(120);
		let oldest = 0;
		let published = 0;
		for (let second = 0; second < 240; second++) {
			world.advance(1);
			const now = stats(server);
			published = math.max(published, now.refreshInterval);
			for (const [, board] of pairs(now.boards)) oldest = math.max(oldest, board.cacheAge ?? math.huge);
		}
		expect(oldest).toBeLessThanOrEqual(published + 2);
		// The whole documented budget of one player goes to the boards: one board a (60 / (5 + 2)) s.
		const boards = BOARD_COUNT;
		expect(published).toBeLessThanOrEqual(math.max(bound, (boards * 60) / (5 + 2 * 1)));
		expect(world.datastore().throttled).toBe(0);
	});

	it("shows another server's score on a one-player server within the interval it publishes", () => {
		const world = createWorld({ seed: 762 });
		const server = world.startServer();
		world.join(7611, server);
		waitLoaded(world, server, [7611]);
		world.advance(60);
		seedOrdered(world, "LB_rating_all", [[7699, 2500]]);
		const written = world.now();
		const interval = stats(server).refreshInterval;
		const seen = world.runUntil(
			() =>
				(onBoards(server, `return lb:getTopPlayers("rating", 1)`) as { userId: number }[])[0]?.userId === 7699,
			200,
		);
		expect(seen).toBe(true);
		expect(world.now() - written).toBeLessThanOrEqual(interval + 2);
	});

	it("takes a board's top from a module's source before the store, and tells the modules of every store read", () => {
		const world = createWorld({ seed: 763 });
		const server = world.startServer();
		// The store says 7699 leads the rating board; the module's source says 42 does, and the refresh believes it.
		seedOrdered(world, "LB_rating_all", [[7699, 2500]]);
		onBoards(
			server,
			`_G.storeReads = {}
			lb:use({
				name = "spec-source",
				readTop = function(_, board)
					if board == "rating" then return { entries = { { userId = 42, encoded = 1234 } }, complete = true } end
					return nil
				end,
				onRefresh = function(_, board, season, read) table.insert(_G.storeReads, board .. ":" .. #read.entries) end,
			})`,
		);
		world.join(7621, server);
		waitLoaded(world, server, [7621]);
		const top = () =>
			onBoards(server, `return lb:getTopPlayers("rating", 2)`) as { userId: number; value: number }[];
		expect(world.runUntil(() => top()[0]?.userId === 42, 60)).toBe(true);
		expect(top().map((row) => `${row.userId}:${row.value}`)).toEqual(["42:1234"]);
		// Every other board is read from its store, and only those reads reach the modules.
		const readBoards = () => {
			const boards = new Set<string>();
			for (const read of onBoards(server, `return _G.storeReads`) as string[]) boards.add(read.split(":")[0]);
			return boards;
		};
		const others = BOARDS.filter((board) => board.name !== "rating");
		expect(world.runUntil(() => others.every((board) => readBoards().has(board.name)), 120)).toBe(true);
		expect(readBoards().has("rating")).toBe(false);
		expect(top()[0]?.userId).toBe(42);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("refreshes a board from a module's source while no store read may run, dated back by the copy's age", () => {
		const world = createWorld({ seed: 764 });
		const server = world.startServer();
		seedOrdered(world, "LB_rating_all", [[7699, 2500]]);
		// The module keeps every sorted read back from the refreshes, and has the rating board's top, read 12 s ago.
		onBoards(
			server,
			`_G.storeReads = 0
			lb:use({
				name = "spec-copy",
				refreshReserve = function() return math.huge end,
				readTop = function(_, board)
					if board == "rating" then return { entries = { { userId = 42, encoded = 1234 } }, complete = true, age = 12 } end
					return nil
				end,
				onRefresh = function() _G.storeReads += 1 end,
			})`,
		);
		const joined = world.now();
		world.join(7631, server);
		waitLoaded(world, server, [7631]);
		const top = () => (onBoards(server, `return lb:getTopPlayers("rating", 1)`) as { userId: number }[])[0]?.userId;
		expect(world.runUntil(() => top() === 42, 10)).toBe(true);
		const age = stats(server).boards.rating.cacheAge!;
		expect(age).toBeGreaterThanOrEqual(12);
		expect(age).toBeLessThanOrEqual(12 + world.now() - joined);
		// Due again when the copy is one interval old, not one interval after it was taken.
		const bound = LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER;
		world.advance(bound - age + 2);
		expect(stats(server).boards.rating.cacheAge!).toBeLessThanOrEqual(12 + 3);
		expect(onBoards(server, `return _G.storeReads`)).toBe(0);
		expect(world.scriptErrors()).toEqual([]);
	});
});
