import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../world";

// create.roblox.com/docs/projects/client-server#replication: what the server changes in replicated containers reaches
// each client after the network latency; what a client changes stays on that client.
describe("replication", () => {
	function connectedPair(latency = 0.1) {
		const world = createWorld({ latency, jitter: 0 });
		const server = world.startServer();
		const client = world.join(1, server);
		world.advance(latency * 2);
		return { world, server, client };
	}

	it("creates on the client what the server creates, only after the latency", () => {
		const { world, server, client } = connectedPair();
		server.run(
			`local f = Instance.new("Folder") f.Name = "Drop" f:SetAttribute("Value", 7) f.Parent = game.ReplicatedStorage`,
		);
		expect(client.run(`return game.ReplicatedStorage:FindFirstChild("Drop") ~= nil`)).toBe(false);
		world.advance(0.15);
		expect(client.run(`return game.ReplicatedStorage.Drop:GetAttribute("Value")`)).toBe(7);
	});

	it("replicates property, attribute and tag changes and destruction", () => {
		const { world, server, client } = connectedPair();
		server.run(`local p = Instance.new("Part") p.Name = "Block" p.Parent = workspace`);
		world.advance(0.15);
		server.run(`
			local p = workspace.Block
			p.Transparency = 0.5
			p:SetAttribute("Owner", "alice")
			p:AddTag("Collectible")
		`);
		world.advance(0.15);
		expect(
			client.run(`
				local p = workspace.Block
				return string.format("%.1f %s %s", p.Transparency, p:GetAttribute("Owner"), tostring(p:HasTag("Collectible")))
			`),
		).toBe("0.5 alice true");
		server.run(`workspace.Block:Destroy()`);
		world.advance(0.15);
		expect(client.run(`return workspace:FindFirstChild("Block") == nil`)).toBe(true);
	});

	it("keeps the client's own changes on the client", () => {
		const { world, server, client } = connectedPair();
		client.run(`local f = Instance.new("Folder") f.Name = "ClientOnly" f.Parent = game.ReplicatedStorage`);
		world.advance(0.5);
		expect(server.run(`return game.ReplicatedStorage:FindFirstChild("ClientOnly") == nil`)).toBe(true);
	});

	it("sends the snapshot of what existed before the join, but nothing from server-only containers", () => {
		const world = createWorld({ jitter: 0 });
		const server = world.startServer();
		server.run(`
			local shared = Instance.new("StringValue") shared.Name = "Motd" shared.Value = "hello" shared.Parent = game.ReplicatedStorage
			local secret = Instance.new("StringValue") secret.Name = "Secret" secret.Parent = game.ServerStorage
		`);
		const client = world.join(1, server);
		world.advance(0.2);
		expect(client.run(`return game.ReplicatedStorage.Motd.Value`)).toBe("hello");
		expect(client.run(`return game:GetService("ServerStorage"):FindFirstChild("Secret") == nil`)).toBe(true);
		expect(client.run(`return game:GetService("ServerScriptService"):FindFirstChild("server") == nil`)).toBe(true);
	});

	it("replicates a player's PlayerGui contents only to that player", () => {
		const world = createWorld({ jitter: 0 });
		const server = world.startServer();
		const alice = world.join(1, server, { name: "Alice" });
		const bob = world.join(2, server, { name: "Bob" });
		world.advance(0.2);
		server.run(`
			local gui = Instance.new("ScreenGui") gui.Name = "Private"
			gui.Parent = game.Players.Alice.PlayerGui
		`);
		world.advance(0.2);
		expect(alice.run(`return game.Players.LocalPlayer.PlayerGui:FindFirstChild("Private") ~= nil`)).toBe(true);
		expect(bob.run(`return game.Players.Alice:FindFirstChild("PlayerGui") == nil`)).toBe(true);
	});

	it("keeps ordering: an instance created just before a remote call exists when the call arrives", () => {
		// create.roblox.com/docs/scripting/events/remote: replication and remote events share one ordered stream.
		const { world, server, client } = connectedPair(0.05);
		server.run(`local r = Instance.new("RemoteEvent") r.Name = "Ordered" r.Parent = game.ReplicatedStorage`);
		world.advance(0.1);
		client.run(`
			game.ReplicatedStorage.Ordered.OnClientEvent:Connect(function(part)
				_G.received = if part then part:GetFullName() else "nil"
			end)
		`);
		server.run(`
			local part = Instance.new("Part") part.Name = "Fresh" part.Parent = workspace
			game.ReplicatedStorage.Ordered:FireAllClients(part)
		`);
		world.advance(0.1);
		expect(client.run(`return _G.received`)).toBe("Workspace.Fresh");
	});
});
