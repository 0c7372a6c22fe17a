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

/** Luau that walks the player to `target` at 18 studs/s through the demo's move remote (define, then call). */
export const WALK_TO = `
	local events = require(client.network["client-events"]).ClientEvents
	local function walkTo(target)
		local position = _G.botPosition or Vector3.new(0, 3, 0)
		while (target - position).Magnitude > 0.5 do
			local offset = target - position
			position = position + offset.Unit * math.min(offset.Magnitude, 1.8)
			events.demo.move:fire(position)
			task.wait(0.1)
		end
		_G.botPosition = position
	end
`;
