/** Luau snippets that look into the game's client modules on a world client (see game-server.ts). */
import { WorldClient } from "./world";

const PREAMBLE = `
	if game.Players.LocalPlayer == nil then return nil end -- not connected yet
	local client = game.Players.LocalPlayer:WaitForChild("PlayerScripts"):WaitForChild("client")
	local dataState = require(client.state["data-state"])
	local localState = require(client.state["local-state"])
	local Flamework = require(game.ReplicatedStorage.rbxts_include.node_modules["@flamework"].core.out).Flamework
	local function controller(id) return Flamework.resolveDependency(id) end
`;

export function runOnClient(client: WorldClient, body: string): unknown {
	return client.run(`${PREAMBLE}\n${body}`);
}

/** The client's mirror of its own coins (undefined before the first snapshot). */
export function clientCoins(client: WorldClient): number | undefined {
	return runOnClient(client, `local data = dataState.ownDataAtom() return data and data.coins`) as number | undefined;
}
