import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";

const REMOTES_FOLDER = `game.ReplicatedStorage["shared/network@GlobalEvents"]`;

function loaded(seed: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const client = world.join(600 + seed, server);
	world.runUntil(() => clientCoins(client) !== undefined, 60);
	return { world, server, client, userId: 600 + seed };
}

function rejections(server: ReturnType<ReturnType<typeof createWorld>["startServer"]>) {
	return runWithGame(
		server,
		`return require(game.ServerScriptService.server.network.rejections).rejectionStats().total`,
	) as number;
}

// Every remote must survive hostile input (create.roblox.com/docs/scripting/security/security-tactics): wrong types,
// huge and deeply nested tables, NaN and infinities, floods. Refused and logged; nothing changes; the server runs on.
describe("hostile clients", () => {
	it("refuses malformed arguments on every client-to-server remote without changing anything", () => {
		const { world, server, client, userId } = loaded(1);
		const before = runWithGame(
			server,
			`return game:GetService("HttpService"):JSONEncode(playerState.getPlayerData(${userId}))`,
		);
		runOnClient(
			client,
			`
			local inputs = {
				{}, { nil }, { 1 }, { "text" }, { true }, { 0 / 0 }, { math.huge }, { -math.huge },
				{ { name = "musicVolume", value = 0 / 0 } },
				{ { name = "musicVolume", value = math.huge } },
				{ { name = "musicVolume", value = "loud" } },
				{ { name = "coins", value = 1000000 } },
				{ { name = "showRoundTimer", value = 1 } },
				{ string.rep("x", 100000) },
				{ table.create(5000, 1) },
				{ { 1, 2, name = "musicVolume", value = 1 } },
				{ game.Workspace },
			}
			local deep = {} local cursor = deep for _ = 1, 40 do cursor.next = {} cursor = cursor.next end
			table.insert(inputs, { deep })
			local sent = 0
			for _, remote in ${REMOTES_FOLDER}:GetChildren() do
				if remote:IsA("RemoteEvent") then
					for _, arguments in inputs do
						pcall(function() remote:FireServer(table.unpack(arguments)) end)
						sent += 1
					end
				end
			end
			return sent
		`,
		);
		world.advance(3);
		const after = runWithGame(
			server,
			`return game:GetService("HttpService"):JSONEncode(playerState.getPlayerData(${userId}))`,
		);
		expect(after).toBe(before);
		expect(rejections(server)).toBeGreaterThan(10);
		expect(server.errors()).toEqual([]);
		// The server still serves a well-formed request.
		runOnClient(
			client,
			`controller("client/data/settings-controller@SettingsController"):changeSetting({ name = "effectsVolume", value = 0.3 })`,
		);
		world.advance(2);
		expect(runWithGame(server, `return playerState.getPlayerData(${userId}).settings.effectsVolume`)).toBe(0.3);
	});

	it("rate-limits a flood per player and per remote", () => {
		const { world, server, client } = loaded(2);
		const snapshotsBefore = runWithGame(
			server,
			`return service("server/sync/sync-service@SyncService"):stats().snapshots`,
		) as number;
		runOnClient(client, `for _ = 1, 100 do ${REMOTES_FOLDER}.requestSnapshot:FireServer() end`);
		world.advance(2);
		const snapshots =
			(runWithGame(
				server,
				`return service("server/sync/sync-service@SyncService"):stats().snapshots`,
			) as number) - snapshotsBefore;
		expect(snapshots).toBeGreaterThanOrEqual(1);
		expect(snapshots).toBeLessThanOrEqual(4);
		expect(rejections(server)).toBeGreaterThanOrEqual(90);
		const warnings = world
			.output()
			.filter((line) => line.kind === "warning" && line.message.find("rate limit")[0] !== undefined);
		// Logged, but not once per request.
		expect(warnings.size()).toBe(1);
	});

	it("exposes no remote for a secure action", () => {
		const { client } = loaded(3);
		const names = runOnClient(
			client,
			`
			local names = {}
			for _, remote in game.ReplicatedStorage:GetDescendants() do
				if remote:IsA("RemoteEvent") or remote:IsA("RemoteFunction") or remote:IsA("UnreliableRemoteEvent") then
					table.insert(names, remote.Name)
				end
			end
			return names
		`,
		) as string[];
		expect(names.size()).toBeGreaterThan(0);
		for (const name of names) expect(name.lower().sub(1, 6)).never.toBe("secure");
	});
});
