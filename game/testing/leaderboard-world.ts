/** Luau snippets for the leaderboard specs (run on a world server through testing/game-server). */
import { runWithGame } from "./game-server";
import { World, WorldServer } from "./world";

const SERVICE = `local lb = service("server/leaderboards/leaderboard-service@LeaderboardService")\n`;

/** A weekly board a spec declares at runtime (a Luau table for createLeaderboard). */
export const LAPS = `{ name = "laps", title = "Laps", description = "Laps this week", ranking = "Points",
	season = "weekly", displaySize = 5, source = "wins" }`;

export function onBoards(server: WorldServer, body: string): unknown {
	return runWithGame(server, `${SERVICE}${body}`);
}

/** Changes a loaded player's stats through the data service (the path game code uses). */
export function setStats(server: WorldServer, userId: number, stats: Record<string, number>): boolean {
	const fields = [] as string[];
	for (const [name, value] of pairs(stats)) fields.push(`stats.${name} = ${value}`);
	return runWithGame(
		server,
		`local player = game.Players:GetPlayerByUserId(${userId})
		return player ~= nil and dataService:update(player, function(data)
			local copy = table.clone(data) local stats = table.clone(data.stats) ${fields.join(" ")} copy.stats = stats return copy
		end)`,
	) as boolean;
}

/** A value in an OrderedDataStore, read by a server (GetAsync spends that server's read budget only). */
export function orderedValue(server: WorldServer, store: string, userId: number): number | undefined {
	return server.run(
		`return game:GetService("DataStoreService"):GetOrderedDataStore("${store}"):GetAsync("${userId}")`,
	) as number | undefined;
}

/**
 * Fills an OrderedDataStore with entries as other servers would have, from short-lived seeding servers (25 writes
 * each: a new server's ordered-write budget holds 30), which are then stopped.
 */
export function seedOrdered(world: World, store: string, entries: [number, number][]) {
	for (let start = 0; start < entries.size(); start += 25) {
		const seeder = world.startServer();
		const lines: string[] = [];
		for (let index = start; index < math.min(start + 25, entries.size()); index++) {
			lines.push(`task.spawn(function() s:SetAsync("${entries[index][0]}", ${entries[index][1]}) done += 1 end)`);
		}
		seeder.run(`local s = game:GetService("DataStoreService"):GetOrderedDataStore("${store}")
			local done = 0
			${lines.join("\n")}
			while done < ${lines.size()} do task.wait(0.1) end`);
		seeder.crash();
	}
}

/** Stops a server's automatic refreshes of every board but the given ones (to give a spec's board the budget). */
export function onlyRefresh(server: WorldServer, boards: string[]) {
	const keep = boards.map((name) => `["${name}"] = true`).join(", ");
	onBoards(
		server,
		`local keep = { ${keep} }
		for name, board in lb.cache.boards do if not keep[name] then board.nextAt = math.huge end end`,
	);
}

export function waitLoaded(world: World, server: WorldServer, userIds: number[]) {
	return world.runUntil(
		() =>
			userIds.every(
				(userId) => runWithGame(server, `return playerState.getPlayerData(${userId}) ~= nil`) === true,
			),
		60,
	);
}
