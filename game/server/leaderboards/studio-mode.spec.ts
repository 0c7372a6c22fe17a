import { describe, expect, it } from "@rbxts/jest-globals";
import { BOARDS, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { onBoards, setStats, waitLoaded } from "testing/leaderboard-world";
import { createWorld, WorldClient } from "testing/world";
import { API_ACCESS_MESSAGE } from "shared/leaderboards/view";

/**
 * Studio without API access (create.roblox.com/docs/cloud-services/data-stores, "Enable Studio access"): every request
 * fails with 403 (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits). The leaderboards find out
 * from their first request, as ProfileStore does, and go local: every board says so, nothing is queued, and Stop
 * does not wait for a drain that cannot land.
 */

/** What each world board part in the client's Workspace shows (the game's own rendering of its synced state). */
const WORLD_BOARDS = `
	local shown = {}
	for _, part in workspace:GetDescendants() do
		if part:IsA("BasePart") and string.sub(part.Name, 1, 12) == "Leaderboard_" then
			local status = part:FindFirstChild("BoardStatus", true)
			local row = part:FindFirstChild("BoardRow1", true)
			shown[string.sub(part.Name, 13)] = { status = status and status.Text, row = row and row.Name }
		end
	end
	return shown
`;

function worldBoards(client: WorldClient) {
	return client.run(WORLD_BOARDS) as Record<string, { status?: string; row?: string }>;
}

function studioWorld(seed: number, userIds: number[]) {
	const world = createWorld({ seed, studio: true });
	const server = world.startServer();
	const clients = userIds.map((userId) => world.join(userId, server, { name: `Player${userId}` }));
	expect(waitLoaded(world, server, userIds)).toBe(true);
	return { world, server, clients };
}

type Stats = { access: string; pendingWrites: number; writes: { failed: number; deferred: number }; errors: number };
const stats = (server: Parameters<typeof onBoards>[0]) => onBoards(server, `return lb:getLeaderboardStats()`) as Stats;

describe("leaderboards in Studio without API access", () => {
	it("detects it from the first request and shows the API-access message on every world board", () => {
		const { world, server, clients } = studioWorld(1611, [1, 2]);
		// The player's data loaded from ProfileStore's mock, and the player has it.
		expect(setStats(server, 1, { points: 40, wins: 2 })).toBe(true);
		expect(
			world.runUntil(
				() =>
					clients.every((client) => {
						const boards = worldBoards(client);
						return BOARDS.every((board) => boards[board.name]?.status === API_ACCESS_MESSAGE);
					}),
				30,
			),
		).toBe(true);
		// No row, not even the player's own value: the board is labelled, not half-filled.
		const shown = worldBoards(clients[0]);
		for (const board of BOARDS) expect(shown[board.name].row).toBeUndefined();
		expect(stats(server).access).toBe("unavailable");
		const state = clients[1].run(
			`return require(game.Players.LocalPlayer.PlayerScripts.client.leaderboards["leaderboard-state"]).leaderboardsAtom()`,
		) as { boards: Record<string, { needsApiAccess?: boolean }> };
		for (const board of BOARDS) expect(state.boards[board.name].needsApiAccess).toBe(true);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("queues no write and makes no request after the first one failed", () => {
		const { world, server } = studioWorld(1612, [3]);
		world.advance(5);
		const before = world.datastore().errors;
		for (let round = 1; round <= 4; round++) {
			setStats(server, 3, {
				points: 10 * round,
				wins: round,
				bestRoundScore: 100 * round,
				bestCourseMs: 60000 - round * 1000,
				rating: 1000 + round,
			});
			onBoards(server, `lb:flushWrites()`);
			world.advance(LEADERBOARD_CONFIG.FLUSH_INTERVAL + 1);
		}
		const after = stats(server);
		expect(after.pendingWrites).toBe(0);
		expect(after.writes.failed).toBe(0);
		expect(after.writes.deferred).toBe(0);
		// The store saw nothing from the leaderboards (or anybody) after the probes: no refresh, write or baseline.
		expect(world.datastore().errors).toBe(before);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("lets Stop finish within a second of virtual time", () => {
		const { world, server } = studioWorld(1613, [4]);
		setStats(server, 4, { points: 25, wins: 1, bestRoundScore: 300, rating: 1010 });
		world.advance(3);
		const report = server.shutdown();
		expect(report.timedOut).toBe(false);
		expect(report.finishedAt! - report.startedAt).toBeLessThan(1);
		expect(world.scriptErrors()).toEqual([]);
	});
});
