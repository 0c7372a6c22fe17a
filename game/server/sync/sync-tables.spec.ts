import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";

/**
 * Tables with holes and mixed keys cross a RemoteEvent badly: an array stops at its first nil and a mixed table keeps
 * only its array part (create.roblox.com/docs/scripting/events/remote#argument-limitations). Altair's sync sends a
 * buffer, so every table a state holds must arrive whole, through the engine's own remote serialisation.
 */
const CHARM = `require(game.ReplicatedStorage.rbxts_include.node_modules["@rbxts"].charm.src)`;
const CANONICAL = `
	local function canonical(value)
		if type(value) ~= "table" then return value end
		local list = {}
		for key, v in value do table.insert(list, { type(key) .. ":" .. tostring(key), canonical(v) }) end
		table.sort(list, function(a, b) return a[1] < b[1] end)
		return list
	end
	local function json(value) return game:GetService("HttpService"):JSONEncode(canonical(value)) end`;

const STATES = [
	`{ sparse = { [1] = "a", [3] = "c" }, mixed = { 1, 2, x = 3 }, odd = { [-1] = 1, [0] = 2, [2.5] = 3, [7] = 4 } }`,
	// Patches by key that look like arrays: { sparse = { [1] = "z" } }, { mixed = { [1] = NONE } }.
	`{ sparse = { [1] = "z", [3] = "c" }, mixed = { [2] = 2, x = 3 }, odd = { [7] = 4 } }`,
	`{ sparse = { "p", "q" }, mixed = { [1] = { [2] = "deep", [9] = "deeper" } }, odd = { [1] = true, [3] = false } }`,
];

describe("tables with holes and mixed keys through the network", () => {
	it("arrive whole through Altair's sync, while the same table as a plain remote argument is cut", () => {
		const world = createWorld({ seed: 81 });
		const server = world.startServer();
		const client = world.join(811, server, { name: "P811" });
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		runWithGame(
			server,
			`local remote = Instance.new("RemoteEvent") remote.Name = "PlainProbe" remote.Parent = game.ReplicatedStorage
			_G.probe = ${CHARM}.atom(${STATES[0]})`,
		);
		world.advance(1);
		runOnClient(
			client,
			`_G.probeMirror = ${CHARM}.atom(nil)
			controller("client/sync/sync-controller@SyncController").client:addSignals({ probe = _G.probeMirror })
			game.ReplicatedStorage:WaitForChild("PlainProbe").OnClientEvent:Connect(function(value) _G.plain = value end)`,
		);
		runWithGame(
			server,
			`service("server/sync/sync-service@SyncService").server:addSignalsToClient(
				game.Players:GetPlayerByUserId(811), { probe = _G.probe })`,
		);
		for (const state of STATES) {
			runWithGame(
				server,
				`_G.probe(${state}) game.ReplicatedStorage.PlainProbe:FireClient(game.Players:GetPlayerByUserId(811), _G.probe())`,
			);
			world.advance(1);
			const sent = runWithGame(server, `${CANONICAL} return json(_G.probe())`);
			expect(runOnClient(client, `${CANONICAL} return json(_G.probeMirror())`)).toBe(sent);
			// The hazard is real in the engine: the plain remote copy differs.
			expect(runOnClient(client, `${CANONICAL} return json(_G.plain)`)).never.toBe(sent);
		}
		expect(world.scriptErrors()).toEqual([]);
	});

	it("prices a charm-sync payload by the wire rules the bench uses, checked against a hand count", () => {
		const world = createWorld({ seed: 82 });
		const server = world.startServer();
		const client = world.join(821, server, { name: "P821" });
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		runWithGame(
			server,
			`local remote = Instance.new("RemoteEvent") remote.Name = "CharmProbe" remote.Parent = game.ReplicatedStorage
			task.wait(0.5)
			remote:FireClient(game.Players:GetPlayerByUserId(821), { { type = "patch", data = { coins = 5 } } })`,
		);
		world.advance(1);
		const byName = world.network().clients["821"].byName;
		let bytes = 0;
		for (const [name, count] of pairs(byName)) if (name.match("CharmProbe$")[0] !== undefined) bytes += count;
		// By hand (.lune/world/wire.luau): call 9 + argument count 1 + list 2 + { type, data } 2 + type (1 + 4 key,
		// "patch" 2 + 5) + data (1 + 4 key, table 2 + coins (1 + 5 key, number 9)) = 9 + 1 + 2 + 2 + 12 + 22 = 48.
		expect(bytes).toBe(48);
	});
});
