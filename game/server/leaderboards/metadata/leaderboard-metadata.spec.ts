import { describe, expect, it } from "@rbxts/jest-globals";
import { onBoards, onlyRefresh, orderedValue, waitLoaded } from "testing/leaderboard-world";
import { createWorld, WorldServer } from "testing/world";

type Row = { rank: number; userId: number; name: string; value: number };
type MetadataRead = { status: string; value?: number; metadata?: Record<string, unknown>; at?: number };

function page(server: WorldServer, board: string) {
	const rows = onBoards(server, `return lb:getLeaderboard("${board}", 10, 1)`) as Row[];
	return rows.map((row) => `${row.rank}:${row.userId}:${row.value}`).join(" ");
}

function metadataOf(server: WorldServer, board: string, userId: number, season?: string) {
	const seasonArgument = season !== undefined ? `, "${season}"` : "";
	return onBoards(
		server,
		`return lb.modules.metadata:getPlayerMetadata("${board}", ${userId}${seasonArgument})`,
	) as MetadataRead;
}

// Metadata sits in a regular DataStore beside the OrderedDataStore, which holds integers only
// (create.roblox.com/docs/reference/engine/classes/OrderedDataStore).
describe("leaderboards: metadata", () => {
	it("writes a score with metadata on one server; another server reads the page and the metadata back", () => {
		const world = createWorld({ seed: 741 });
		const writer = world.startServer();
		const reader = world.startServer();
		world.join(742, reader, { name: "Reader" });
		waitLoaded(world, reader, [742]);
		onlyRefresh(reader, ["time", "score"]);
		const wrote = onBoards(
			writer,
			`return lb:updatePlayerScore("time", 741, 61250, { course = "Dunes", checkpoints = 12 })
				and lb:updatePlayerScore("score", 741, 880, { round = 7 })`,
		);
		expect(wrote).toBe(true);
		expect(world.runUntil(() => page(reader, "time") === "1:741:61250", 120)).toBe(true);

		const time = metadataOf(reader, "time", 741);
		expect(time.status).toBe("stored");
		expect(time.value).toBe(61250);
		expect(time.metadata).toEqual({ course: "Dunes", checkpoints: 12 });
		expect(time.at).toBeGreaterThan(0);
		// The ordered store holds the encoded score only (Time is lowest-best: stored negated).
		expect(orderedValue(reader, "LB_time_all", 741)).toBe(-61250);

		// Seasonal boards keep metadata per season: the current one by default, any season by id.
		const season = onBoards(reader, `return lb:getLeaderboardStats().boards.score.season`) as string;
		expect(metadataOf(reader, "score", 741)).toEqual(metadataOf(reader, "score", 741, season));
		expect(metadataOf(reader, "score", 741).metadata).toEqual({ round: 7 });
		expect(metadataOf(reader, "score", 741, "2001-W01")).toEqual({ status: "none" });

		// A player whose scores carried no metadata, and a board nobody declared.
		expect(metadataOf(reader, "time", 749)).toEqual({ status: "none" });
		expect(metadataOf(reader, "speed", 741)).toEqual({ status: "unknown board" });
		expect(world.scriptErrors()).toEqual([]);
	});

	it("keeps the metadata of the value a best-of board keeps, through the queue and the store", () => {
		const world = createWorld({ seed: 751 });
		const server = world.startServer();
		const write = (ms: number, course: string) =>
			onBoards(server, `lb:updatePlayerScore("time", 751, ${ms}, { course = "${course}" })`);
		const flushed = () => {
			onBoards(server, `lb.queue:flush()`);
			// KEY_WRITE_INTERVAL: a key written 6 s ago or less waits before its next write.
			world.advance(10);
			return metadataOf(server, "time", 751);
		};
		write(61250, "Dunes");
		expect(flushed()).toMatchObject({ status: "stored", value: 61250, metadata: { course: "Dunes" } });
		// A slower run is not the best: neither its time nor its course is stored.
		write(70000, "Canyon");
		expect(flushed()).toMatchObject({ value: 61250, metadata: { course: "Dunes" } });
		expect(orderedValue(server, "LB_time_all", 751)).toBe(-61250);
		// Coalesced before a flush, the better run's course goes with its time.
		write(59000, "Mesa");
		write(65000, "Canyon");
		expect(flushed()).toMatchObject({ value: 59000, metadata: { course: "Mesa" } });
		// A better time reported without metadata: the board holds the new best, and the metadata still describes the
		// run it came with. The read's value is the one that run had (59000, not the board's 58000): that is how a
		// reader tells the metadata of an older best from the current best's, so it must never take the board's value.
		onBoards(server, `lb:updatePlayerScore("time", 751, 58000)`);
		const afterBetterRun = flushed();
		expect(orderedValue(server, "LB_time_all", 751)).toBe(-58000);
		expect(afterBetterRun).toMatchObject({ status: "stored", value: 59000, metadata: { course: "Mesa" } });
		expect(afterBetterRun.value).never.toBe(-(orderedValue(server, "LB_time_all", 751) ?? 0));
		expect(world.scriptErrors()).toEqual([]);
	});
});
