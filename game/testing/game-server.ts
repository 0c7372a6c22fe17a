/**
 * Luau snippets that look into the game's own server modules from a spec, through a world server's `run`. The
 * server's require cache is the game's, so these read the same state the running game uses.
 */
import { WorldServer } from "./world";

const PREAMBLE = `
	local Flamework = require(game.ReplicatedStorage.rbxts_include.node_modules["@flamework"].core.out).Flamework
	local playerState = require(game.ServerScriptService.server.state["player-state"])
	local function service(id) return Flamework.resolveDependency(id) end
	local dataService = service("server/data/player-data-service@PlayerDataService")
`;

/** Runs Luau with `Flamework`, `playerState`, `dataService` and `service(id)` in scope. */
export function runWithGame(server: WorldServer, body: string): unknown {
	return server.run(`${PREAMBLE}\n${body}`);
}

/** The coins in the server's state for a player, or undefined when the data is not loaded there. */
export function coinsOn(server: WorldServer, userId: number): number | undefined {
	return runWithGame(server, `local data = playerState.getPlayerData(${userId}) return data and data.coins`) as
		number | undefined;
}

/** Adds coins through the data service (the path game code uses). */
export function giveCoins(server: WorldServer, userId: number, amount: number): boolean {
	return runWithGame(
		server,
		`
		local player = game.Players:GetPlayerByUserId(${userId})
		return player ~= nil and dataService:update(player, function(data)
			local copy = table.clone(data) copy.coins += ${amount} return copy
		end)
	`,
	) as boolean;
}

/** Shortens ProfileStore's timings on a server (autosave, session steal...) before players join. */
export function setProfileStoreConstants(server: WorldServer, constants: Record<string, number>) {
	const lines: string[] = [];
	for (const [name, value] of pairs(constants)) lines.push(`ProfileStore.SetConstant("${name}", ${value})`);
	server.run(`
		local ProfileStore = require(game.ReplicatedStorage.rbxts_include.node_modules["@rbxts"]["profile-store"].src)
		${lines.join("\n")}
	`);
}

/** The ProfileStore envelope around a document, as it sits in the DataStore. */
export function profileEnvelope(data: object, createdAt = 1700000000) {
	return {
		Data: data,
		MetaData: { ProfileCreateTime: createdAt, SessionLoadCount: 3, MetaTags: {}, LastUpdate: createdAt },
		GlobalUpdates: [0, []],
		UserIds: [],
		RobloxMetaData: {},
	};
}
