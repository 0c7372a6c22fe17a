import { describe, expect, it } from "@rbxts/jest-globals";
import { RATE_LIMITS } from "shared/config/network";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import {
	fireAtEveryRemote,
	floodEveryRemote,
	FUZZ_INPUTS,
	listenForRefusals,
	listRemotes,
	loggedRefusals,
	outputBytes,
	REMOTES_FOLDER,
	unlimitedRemotes,
	unreliableRemotes,
} from "testing/remote-walker";
import { createWorld, World, WorldServer } from "testing/world";

const STATS = `require(game.ServerScriptService.server.network.rejections).rejectionStats()`;

function loaded(seed: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	// Headless, so a remote that reports a position is heard (with a character the server reads its root part instead).
	server.run(`game.Players.CharacterAutoLoads = false`);
	const client = world.join(600 + seed, server);
	world.runUntil(() => clientCoins(client) !== undefined, 60);
	return { world, server, client, userId: 600 + seed };
}

/**
 * What a hostile client must not change: its own data, the game's totals, and any entity (the versions of entities
 * the player made; the server's own round goes on meanwhile).
 */
function everythingClientsCanChange(server: WorldServer, userId: number) {
	return runWithGame(
		server,
		`
		local http = game:GetService("HttpService")
		local gameData = require(game.ServerScriptService.server.state["game-state"]).gameDataAtom()
		local entities = require(game.ServerScriptService.server.replication["entity-service"]).entityStoreAtom()
		local madeByPlayer = 0
		for _, history in entities.history do
			for _, entry in history do if entry.source == ${userId} then madeByPlayer += 1 end end
		end
		return http:JSONEncode({ playerState.getPlayerData(${userId}), gameData.totals, madeByPlayer })
	`,
	) as string;
}

/** Seconds for the notices of a flood to reach the client, at the few a second the server sends one client. */
const NOTICES_DRAINED = 10;

/**
 * Every call refused, but for those that need not be: a remote without parameters has nothing to mistype
 * (Flamework ignores extra arguments) and is served within its limit; an unreliable remote's calls over 1,000 bytes
 * never leave the client (create.roblox.com/docs/reference/engine/classes/UnreliableRemoteEvent).
 */
function expectEveryCallRefused(
	world: World,
	refused: Record<string, number>,
	sent: Record<string, number>,
	unreliable: ReadonlySet<string>,
	oversizeBefore: number,
	seconds: number,
) {
	for (const [remote, count] of pairs(sent)) {
		const got = refused[remote] ?? 0;
		if (remote === "sync.requestSnapshot") {
			const limit = RATE_LIMITS[remote]!;
			expect([remote, count - got <= limit.burst + limit.perSecond * seconds]).toEqual([remote, true]);
		} else {
			const dropped = unreliable.has(remote) ? world.network().dropped.oversize - oversizeBefore : 0;
			expect([remote, got]).toEqual([remote, count - dropped]);
		}
	}
}

/** Refusals the server counted per remote (its `remote: kind` counts summed by remote). */
function refusalsByRemote(server: WorldServer): Record<string, number> {
	const byReason = runWithGame(server, `return ${STATS}.byReason`) as Record<string, number>;
	const byRemote: Record<string, number> = {};
	for (const [key, count] of pairs(byReason)) {
		const remote = (key as string).split(":")[0];
		byRemote[remote] = (byRemote[remote] ?? 0) + count;
	}
	return byRemote;
}

// Every remote must survive hostile input (create.roblox.com/docs/scripting/security/security-tactics): wrong types,
// huge and deeply nested tables, NaN and infinities, floods. Refused and logged; nothing changes; the server runs on.
describe("hostile clients", () => {
	it("every remote the client can reach is limited and refuses hostile input, changing nothing", () => {
		const { world, server, client, userId } = loaded(1);
		const remotes = listRemotes(client);
		// Both admin remotes are walked (a game's own remotes are too: its spec says which it has).
		expect(remotes).toContain("admin.forceSync");
		expect(remotes).toContain("admin.forceMigration");
		// The network counts oversize drops for all remotes together: with one unreliable remote they are all its own.
		const unreliable = new Set(unreliableRemotes(client));
		expect(unreliable.size() <= 1).toBe(true);
		const before = everythingClientsCanChange(server, userId);
		const heard = listenForRefusals(world);

		// Each input at every remote, spaced so that the remotes' own checks see them, not only the limits.
		const oversizeBefore = world.network().dropped.oversize;
		const fuzzed = fireAtEveryRemote(client, FUZZ_INPUTS, 0.6);
		world.advance(2);
		const afterFuzz = refusalsByRemote(server);
		expectEveryCallRefused(world, afterFuzz, fuzzed, unreliable, oversizeBefore, 14);

		const oversizeBeforeFlood = world.network().dropped.oversize;
		const flooded = floodEveryRemote(client, 1);
		world.advance(NOTICES_DRAINED);
		expect(unlimitedRemotes(remotes, heard())).toEqual([]);
		const afterFlood = refusalsByRemote(server);
		for (const remote of remotes) {
			const limit = RATE_LIMITS[remote as keyof typeof RATE_LIMITS] ?? RATE_LIMITS.default;
			const dropped = unreliable.has(remote) ? world.network().dropped.oversize - oversizeBeforeFlood : 0;
			// At most a burst and a second's refill got past the limit (the fuzz above drained part of it).
			const passed = flooded[remote] - dropped - ((afterFlood[remote] ?? 0) - (afterFuzz[remote] ?? 0));
			expect([remote, passed <= limit.burst + limit.perSecond * 1.5]).toEqual([remote, true]);
		}

		expect(everythingClientsCanChange(server, userId)).toBe(before);
		// Logged once per remote and kind (the interval is a minute), however many calls were refused.
		const lines = loggedRefusals(world, server);
		expect(lines.size()).toBe(new Set(lines).size());
		expect(lines.size()).toBeGreaterThanOrEqual(remotes.size());
		// Every refusal the client heard is short and carries none of what it sent.
		for (const refusal of heard()) {
			expect(refusal.bytes).toBeLessThanOrEqual(160);
			expect(refusal.message.find("xxxxxxxx", 1, true)[0]).toBeUndefined();
		}
		expect(server.errors()).toEqual([]);

		// The server still serves a well-formed request once the flood has passed.
		world.advance(5);
		runOnClient(
			client,
			`controller("client/data/settings-controller@SettingsController"):changeSetting({ name = "effectsVolume", value = 0.3 })`,
		);
		world.advance(2);
		expect(runWithGame(server, `return playerState.getPlayerData(${userId}).settings.effectsVolume`)).toBe(0.3);
	});

	it("the walker's limit check fails for a remote added without a limit", () => {
		const { world, server, client } = loaded(2);
		// A remote in the game's folder with a handler and no limit, as a remote added outside the game's
		// middleware would be.
		runWithGame(
			server,
			`
			local remote = Instance.new("RemoteEvent")
			remote.Name = "unguarded"
			remote:SetAttribute("id", "spec/unguarded")
			remote.OnServerEvent:Connect(function() _G.unguardedCalls = (_G.unguardedCalls or 0) + 1 end)
			remote.Parent = ${REMOTES_FOLDER}
		`,
		);
		world.advance(1);
		const remotes = listRemotes(client);
		expect(remotes).toContain("spec.unguarded");
		const heard = listenForRefusals(world);
		const flooded = floodEveryRemote(client, 1);
		world.advance(NOTICES_DRAINED);
		expect(unlimitedRemotes(remotes, heard())).toEqual(["spec.unguarded"]);
		// It really was unlimited: every call reached its handler.
		expect(runWithGame(server, `return _G.unguardedCalls`)).toBe(flooded["spec.unguarded"]);
	});

	it("60 distinct 1 MB strings at every remote leave the rejection maps and the log bounded", () => {
		const { world, server, client, userId } = loaded(3);
		const before = everythingClientsCanChange(server, userId);
		const heard = listenForRefusals(world);
		const logBefore = outputBytes(world, server);
		const oversizeBefore = world.network().dropped.oversize;
		const sent = fireAtEveryRemote(
			client,
			`local fuzz = {} for index = 1, 60 do
				local text = string.rep("x", 1024 * 1024 - 8) .. string.format("%08d", index)
				fuzz[index] = { text, text, text }
			end`,
			0.05,
		);
		world.advance(3);
		const byReason = runWithGame(server, `return ${STATS}.byReason`) as Record<string, number>;
		for (const [key] of pairs(byReason)) expect((key as string).size()).toBeLessThanOrEqual(64);
		// The log grew by a few lines, not by megabytes.
		expect(outputBytes(world, server) - logBefore).toBeLessThanOrEqual(8192);
		// The maps' size does not depend on what was sent: one entry per remote and kind, and the player's log times.
		expect(runWithGame(server, `return ${STATS}.entries`)).toBeLessThanOrEqual(64);
		// And every call was refused and counted.
		expectEveryCallRefused(
			world,
			refusalsByRemote(server),
			sent,
			new Set(unreliableRemotes(client)),
			oversizeBefore,
			3,
		);
		let bytesHeard = 0;
		for (const refusal of heard()) bytesHeard += refusal.bytes;
		expect(bytesHeard).toBeLessThanOrEqual(160 * 60 * 2);
		expect(everythingClientsCanChange(server, userId)).toBe(before);
		expect(server.errors()).toEqual([]);
	});

	it("forgets a player's refusals when the player leaves", () => {
		const { world, server, client } = loaded(4);
		fireAtEveryRemote(client, FUZZ_INPUTS, 0);
		world.advance(1);
		const whileHere = runWithGame(server, `return ${STATS}.players`) as number;
		expect(whileHere).toBe(1);
		client.leave();
		world.advance(2);
		expect(runWithGame(server, `return ${STATS}.players`)).toBe(0);
	});

	it("exposes no remote for a secure action", () => {
		const { client } = loaded(5);
		const names = listRemotes(client);
		expect(names.size()).toBeGreaterThan(0);
		for (const name of names) expect(name.split(".")[1].lower().sub(1, 6)).never.toBe("secure");
	});
});
