import { describe, expect, it } from "@rbxts/jest-globals";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { daysFromCivil } from "shared/leaderboards/season";
import { onBoards, seedOrdered, waitLoaded } from "testing/leaderboard-world";
import { createWorld, World, WorldServer } from "testing/world";

// One server of the experience reads the boards and shares its fetched tops through a MemoryStore hash map item
// (create.roblox.com/docs/reference/engine/classes/MemoryStoreHashMap), elected with a sorted map lease
// (create.roblox.com/docs/cloud-services/memory-stores/sorted-map). GetSortedAsync is counted per server by the
// world's store backend, whatever the game believes it spent.

const INTERVAL = LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER;
/** A board's age may pass the interval by the 1 s tick and a read's latency before its own read lands. */
const AGE_BOUND = INTERVAL + 2;

type Counters = { servers: Record<string, { requests: Record<string, number> }> };

function sortedReads(world: World, server: WorldServer): number {
	return (world.datastore() as unknown as Counters).servers[server.name]?.requests.GetSortedAsync ?? 0;
}

function oldestBoard(server: WorldServer): number {
	const boards = onBoards(server, `return lb:getLeaderboardStats().boards`) as Record<string, { cacheAge?: number }>;
	let oldest = 0;
	for (const [, board] of pairs(boards)) oldest = math.max(oldest, board.cacheAge ?? math.huge);
	return oldest;
}

const isRefresher = (server: WorldServer) => onBoards(server, `return lb.modules.sharedTops.lease:held()`) === true;
const published = (server: WorldServer) =>
	onBoards(server, `return lb.modules.sharedTops.counters.published`) as number;

/** Servers with three players each (a refresher's budget of 5 + 2·3 sorted reads a minute covers five boards). */
function populated(world: World, count: number, firstUser: number): WorldServer[] {
	const servers: WorldServer[] = [];
	for (let index = 0; index < count; index++) servers.push(world.startServer());
	servers.forEach((server, index) => {
		const users = [0, 1, 2].map((offset) => firstUser + index * 10 + offset);
		for (const userId of users) world.join(userId, server);
		waitLoaded(world, server, users);
	});
	return servers;
}

function reads(world: World, servers: WorldServer[]): number[] {
	return servers.map((server) => sortedReads(world, server));
}

const topUser = (server: WorldServer, board: string) =>
	(onBoards(server, `return lb:getTopPlayers("${board}", 1)`) as { userId: number }[])[0]?.userId;

describe("leaderboards: tops shared by one refresher", () => {
	it("makes one server read the boards for all, and shows every server another's score within an interval + 5 s", () => {
		const world = createWorld({ seed: 1601 });
		const servers = populated(world, 3, 16010);
		// The start's own reads: every board is due at once before any copy is shared, and the seasons' catch-up
		// snapshots (each read by whichever server takes its lease) finish within two minutes of the joins.
		world.advance(150);
		const before = reads(world, servers);
		world.advance(180);
		const after = reads(world, servers);
		const readers = servers.filter((_, index) => after[index] > before[index]);
		expect(readers.size()).toBe(1);
		expect(isRefresher(readers[0])).toBe(true);
		const shared = servers.map(
			(server) =>
				onBoards(server, `return lb:getLeaderboardStats().modules.sharedTops`) as {
					refresher: boolean;
					adopted: number;
				},
		);
		expect(shared.filter((stats) => stats.refresher).size()).toBe(1);
		expect(shared.filter((stats) => !stats.refresher).every((stats) => stats.adopted > 0)).toBe(true);
		// Five boards every 30 to 32 s: 28 to 30 reads in three minutes.
		const index = servers.indexOf(readers[0]);
		expect(after[index] - before[index]).toBeGreaterThanOrEqual(25);

		seedOrdered(world, "LB_rating_all", [[16099, 9999]]);
		const written = world.now();
		const seen = world.runUntil(() => servers.every((server) => topUser(server, "rating") === 16099), 120);
		expect(seen).toBe(true);
		expect(world.now() - written).toBeLessThanOrEqual(INTERVAL + 5);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("keeps every board of one-player servers fresh with one reader (its OrderedList limit raised)", () => {
		const world = createWorld({ seed: 1605 });
		const servers = [world.startServer(), world.startServer()];
		servers.forEach((server, index) => {
			world.join(16050 + index, server);
			waitLoaded(world, server, [16050 + index]);
		});
		world.advance(120);
		const before = reads(world, servers);
		let oldest = 0;
		for (let second = 0; second < 240; second++) {
			world.advance(1);
			for (const server of servers) oldest = math.max(oldest, oldestBoard(server));
		}
		const after = reads(world, servers);
		expect(servers.filter((_, i) => after[i] > before[i]).size()).toBe(1);
		expect(oldest).toBeLessThanOrEqual(AGE_BOUND);
		expect(world.datastore().throttled).toBe(0);
	});

	it("elects another refresher within lease + one interval when it crashes, the boards fresh meanwhile", () => {
		const world = createWorld({ seed: 1602 });
		const servers = populated(world, 3, 16020);
		world.advance(90);
		const refresher = servers.find(isRefresher);
		expect(refresher).toBeDefined();
		const survivors = servers.filter((server) => server !== refresher);
		const publishedBefore = survivors.map(published);
		refresher!.crash();
		const crashedAt = world.now();
		let oldest = 0;
		let takenOver: number | undefined;
		for (let second = 0; second < LEADERBOARD_CONFIG.LEASE_SECONDS + INTERVAL + 20; second++) {
			world.advance(1);
			for (const server of survivors) oldest = math.max(oldest, oldestBoard(server));
			if (takenOver === undefined && survivors.some((server, i) => published(server) > publishedBefore[i]))
				takenOver = world.now();
		}
		expect(takenOver).toBeDefined();
		expect(takenOver! - crashedAt).toBeLessThanOrEqual(LEADERBOARD_CONFIG.LEASE_SECONDS + INTERVAL);
		expect(survivors.filter(isRefresher).size()).toBe(1);
		expect(oldest).toBeLessThanOrEqual(AGE_BOUND);
		// And the new refresher is again the only reader.
		world.advance(30);
		const before = reads(world, survivors);
		world.advance(90);
		const after = reads(world, survivors);
		expect(survivors.filter((_, i) => after[i] > before[i]).size()).toBe(1);
	});

	it("reads every board on every server while MemoryStore fails, keeping them fresh", () => {
		const world = createWorld({ seed: 1603 });
		const servers = populated(world, 3, 16030);
		world.advance(90);
		let before = reads(world, servers);
		world.advance(60);
		let after = reads(world, servers);
		expect(servers.filter((_, i) => after[i] > before[i]).size()).toBe(1);

		const fault = world.addFault({ kind: "memorystore-outage" });
		before = reads(world, servers);
		let oldest = 0;
		for (let second = 0; second < 150; second++) {
			world.advance(1);
			for (const server of servers) oldest = math.max(oldest, oldestBoard(server));
		}
		after = reads(world, servers);
		expect(oldest).toBeLessThanOrEqual(AGE_BOUND);
		// Five boards every 30 to 40 s on each server once its shared copies went stale.
		servers.forEach((_, i) => expect(after[i] - before[i]).toBeGreaterThanOrEqual(10));
		world.removeFault(fault);
		world.advance(120);
		before = reads(world, servers);
		world.advance(60);
		after = reads(world, servers);
		expect(servers.filter((_, i) => after[i] > before[i]).size()).toBe(1);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("never adopts a shared copy of the season that just ended", () => {
		const boundary = daysFromCivil(2026, 11, 30) * 86400; // Monday 2026-11-30 00:00 UTC
		const world = createWorld({ seed: 1604, epochMillis: (boundary - 200) * 1000 });
		seedOrdered(world, "LB_points_2026-W48", [[16049, 500]]);
		const servers = populated(world, 2, 16040);
		world.advance(80);
		const reader = servers.find((server) => !isRefresher(server))!;
		// Before the boundary the reader shows the finished season's top from the shared copy.
		expect(topUser(reader, "points")).toBe(16049);
		expect(onBoards(reader, `return lb.modules.sharedTops.counters.adopted`) as number).toBeGreaterThan(0);
		world.runUntil(
			() => onBoards(reader, `return lb:getLeaderboardStats().boards.points.season`) === "2026-W49",
			200,
		);
		// A server whose clock reached the boundary later shares its last fetch of the finished season, just fetched.
		const late = () =>
			servers[0]
				.run(`local tops = game:GetService("MemoryStoreService"):GetHashMap("${LEADERBOARD_CONFIG.SHARED_TOPS_MAP}")
			tops:SetAsync("${LEADERBOARD_CONFIG.SHARED_TOPS_KEY}", {
				points = { s = "2026-W48", t = DateTime.now().UnixTimestampMillis / 1000, c = true, r = { 16049, 500 } },
			}, 80)`);
		for (let second = 0; second < 30; second++) {
			late();
			world.advance(1);
			for (const server of servers) expect(topUser(server, "points")).never.toBe(16049);
		}
	});
});
