import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld, World } from "../../world";

// create.roblox.com/docs/reference/engine/classes/TeleportService: TeleportAsync is server-only and takes an array of
// Players and optional TeleportOptions (create.roblox.com/docs/reference/engine/classes/TeleportOptions); the engine
// hands the hop to the world's onTeleport hook.

type Hook = (
	peer: { name: string },
	players: Player[],
	options: TeleportOptions | undefined,
	placeId: number,
) => unknown;

function setHook(world: World, hook: Hook | undefined) {
	(world as unknown as { world: { onTeleport?: Hook } }).world.onTeleport = hook;
}

describe("TeleportService", () => {
	it("errors when the world cannot teleport", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(1, server);
		world.advance(0.5);
		setHook(world, undefined);
		const result = server.run(`
			local TeleportService = game:GetService("TeleportService")
			return { pcall(TeleportService.TeleportAsync, TeleportService, 123, game.Players:GetPlayers()) }
		`) as [boolean, string];
		expect(result[0]).toBe(false);
		expect(result[1]).toMatch("Teleport is not available in this world");
	});

	it("hands the players, options and place to the world's hook", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(1, server, { name: "Traveller" });
		world.advance(0.5);
		const calls: { from: string; names: string[]; data: unknown; placeId: number }[] = [];
		setHook(world, (peer, players, options, placeId) => {
			calls.push({
				from: peer.name,
				names: players.map((p) => p.Name),
				data: options?.GetTeleportData(),
				placeId,
			});
			return "teleported";
		});
		const result = server.run(`
			local TeleportService = game:GetService("TeleportService")
			local options = Instance.new("TeleportOptions")
			options:SetTeleportData({ level = 3 })
			return TeleportService:TeleportAsync(4242, game.Players:GetPlayers(), options)
		`);
		expect(result).toBe("teleported");
		expect(calls).toEqual([{ from: server.name, names: ["Traveller"], data: { level: 3 }, placeId: 4242 }]);
	});

	it("refuses TeleportAsync on a client and has no teleport data on arrival", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(1, server);
		world.advance(1);
		const result = client.run(`
			local TeleportService = game:GetService("TeleportService")
			local ok = pcall(TeleportService.TeleportAsync, TeleportService, 1, { game.Players.LocalPlayer })
			local okTeleport = pcall(TeleportService.Teleport, TeleportService, 1)
			return { ok, okTeleport, TeleportService:GetLocalPlayerTeleportData() == nil }
		`);
		expect(result).toEqual([false, false, true]);
	});
});
