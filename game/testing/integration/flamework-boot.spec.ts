import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../world";
import { clientCoins } from "../game-client";

// The game's own entry scripts, run by the engine as Roblox runs them: Scripts under ServerScriptService on a
// server (create.roblox.com/docs/scripting/locations), LocalScripts copied from StarterPlayerScripts into the
// player's PlayerScripts on a client (create.roblox.com/docs/reference/engine/classes/StarterPlayerScripts).
describe("Flamework boot", () => {
	it("ignites the server's services and runs their OnStart", () => {
		const world = createWorld();
		const server = world.startServer();
		world.advance(0.1);
		expect(server.errors()).toEqual([]);
		// GameStateService stamps the game data's start time in its OnStart.
		const startedAt = server.run(
			`return require(game.ServerScriptService.server.state["game-state"]).gameDataAtom().serverStartedAt`,
		);
		const now = server.run(`return DateTime.now().UnixTimestamp`) as number;
		expect(typeIs(startedAt, "number")).toBe(true);
		expect(now - (startedAt as number)).toBeLessThan(1);
	});

	it("ignites the client's controllers once the player has joined a server", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(1, server);
		world.runUntil(() => client.connected(), 5);
		world.advance(1);
		expect(world.scriptErrors()).toEqual([]);
		// Flamework refuses a second ignite: proof that the client's entry script ignited it in this DataModel.
		const secondIgnite = client.run(`
			local core = game.ReplicatedStorage.rbxts_include.node_modules["@flamework"].core.out
			local ok, message = pcall(require(core).Flamework.ignite)
			return if ok then "ignited twice" else tostring(message)
		`);
		expect(secondIgnite).toMatch("should only be called once");
		// And its controllers run: the sync controller asked for and applied the first snapshot.
		expect(world.runUntil(() => clientCoins(client) !== undefined, 30)).toBe(true);
	});
});
