import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../world";

// Remote events and callbacks: create.roblox.com/docs/scripting/events/remote (argument limitations included),
// create.roblox.com/docs/reference/engine/classes/UnreliableRemoteEvent, .../classes/RemoteFunction.
function setup() {
	const world = createWorld({ latency: 0.05, jitter: 0 });
	const server = world.startServer();
	server.run(`
		for _, spec in { { "RemoteEvent", "Events" }, { "UnreliableRemoteEvent", "Unreliable" }, { "RemoteFunction", "Ask" } } do
			local remote = Instance.new(spec[1]) remote.Name = spec[2] remote.Parent = game.ReplicatedStorage
		end
		_G.received = {}
		game.ReplicatedStorage.Events.OnServerEvent:Connect(function(player, ...)
			table.insert(_G.received, { player = player.Name, args = table.pack(...) })
		end)
	`);
	const client = world.join(7, server, { name: "Caller" });
	world.advance(0.2);
	return { world, server, client };
}

describe("remote events", () => {
	it("sends a FireClient to a player whose client vanished nowhere, though the server made it", () => {
		const { world, server, client } = setup();
		const fired = world.captureFired();
		const delivered = world.captureTraffic();
		client.disconnect();
		world.advance(0.1);
		// The server has not noticed yet: the player is still in Players, and the call is made.
		expect(server.run(`return game.Players:GetPlayerByUserId(7) ~= nil`)).toBe(true);
		server.run(`game.ReplicatedStorage.Events:FireClient(game.Players:GetPlayerByUserId(7), "reward", 25)`);
		world.advance(0.5);
		const toPlayer = fired().filter((call) => call.userId === 7 && call.remote.find("Events$")[0] !== undefined);
		expect(toPlayer.size()).toBe(1);
		expect(toPlayer[0].args[0]).toBe("reward");
		expect(toPlayer[0].args[1]).toBe(25);
		expect(delivered().filter((call) => call.userId === 7)).toEqual([]);
	});

	it("delivers FireServer to OnServerEvent with the player first, in order, after the latency", () => {
		const { world, server, client } = setup();
		client.run(`for i = 1, 5 do game.ReplicatedStorage.Events:FireServer(i) end`);
		expect(server.run(`return #_G.received`)).toBe(0);
		world.advance(0.1);
		expect(
			server.run(
				`local order = {} for _, r in _G.received do table.insert(order, r.args[1]) end return table.concat(order, ",")`,
			),
		).toBe("1,2,3,4,5");
		expect(server.run(`return _G.received[1].player`)).toBe("Caller");
	});

	it("copies arguments by Roblox's rules", () => {
		const { world, server, client } = setup();
		client.run(`
			local withMeta = setmetatable({ a = 1 }, { __index = function() return "meta" end })
			local own = Instance.new("Folder") -- exists only on the client
			game.ReplicatedStorage.Events:FireServer(
				{ 1, 2, nil, 4 },
				{ 1, 2, key = "lost" },
				{ [true] = "flag" },
				function() end,
				withMeta,
				own,
				game.ReplicatedStorage.Events,
				0 / 0
			)
		`);
		world.advance(0.1);
		const described = server.run(`
			local a = _G.received[1].args
			local parts = {
				tostring(#a[1]) .. ":" .. tostring(a[1][4]),
				tostring(#a[2]) .. ":" .. tostring(a[2].key),
				tostring(a[3]["true"]),
				tostring(a[4]),
				tostring(getmetatable(a[5])) .. ":" .. tostring(a[5].b),
				tostring(a[6]),
				a[7]:GetFullName(),
				tostring(a[8] ~= a[8]),
			}
			return table.concat(parts, "|")
		`);
		expect(described).toBe("2:nil|2:nil|flag|nil|nil:nil|nil|ReplicatedStorage.Events|true");
	});

	it("queues events that arrive before a handler connects", () => {
		const { world, server, client } = setup();
		server.run(`game.ReplicatedStorage.Events:FireAllClients("early")`);
		world.advance(0.2);
		client.run(`game.ReplicatedStorage.Events.OnClientEvent:Connect(function(value) _G.got = value end)`);
		world.advance(0.05);
		expect(client.run(`return _G.got`)).toBe("early");
	});

	it("drops unreliable payloads over 1000 bytes and counts bytes per remote", () => {
		const { world, server, client } = setup();
		server.run(
			`game.ReplicatedStorage.Unreliable.OnServerEvent:Connect(function(_, s) _G.unreliable = (_G.unreliable or 0) + #s end)`,
		);
		client.run(`
			game.ReplicatedStorage.Unreliable:FireServer(string.rep("x", 2000))
			game.ReplicatedStorage.Unreliable:FireServer(string.rep("y", 100))
		`);
		world.advance(0.2);
		expect(server.run(`return _G.unreliable`)).toBe(100);
		const traffic = world.network().clients["7"];
		// 14 bytes of call overhead + argument count + a 100-character string (2 + 100).
		expect(traffic.byName["toServer:ReplicatedStorage.Unreliable"]).toBe(14 + 1 + 102);
		expect(world.network().dropped.oversize).toBe(1);
	});
});

describe("remote functions", () => {
	it("returns the server's values, and raises the server's error in the client", () => {
		const { world, server, client } = setup();
		server.run(`
			game.ReplicatedStorage.Ask.OnServerInvoke = function(player, n)
				if n < 0 then error("negative not allowed") end
				return n * 2, player.Name
			end
		`);
		expect(client.run(`local a, b = game.ReplicatedStorage.Ask:InvokeServer(21) return a .. b`)).toBe("42Caller");
		const failure = client.run(`
			local ok, message = pcall(function() return game.ReplicatedStorage.Ask:InvokeServer(-1) end)
			return tostring(ok) .. " " .. tostring(message)
		`) as string;
		expect(failure).toMatch("^false .*negative not allowed");
		expect(world.now()).toBeGreaterThan(0.2);
	});

	it("waits for a callback that is set later", () => {
		const { world, server, client } = setup();
		client.run(`task.spawn(function() _G.answer = game.ReplicatedStorage.Ask:InvokeServer(1) end)`);
		world.advance(1);
		expect(client.run(`return _G.answer`)).toBeUndefined();
		server.run(`game.ReplicatedStorage.Ask.OnServerInvoke = function() return "late" end`);
		world.advance(0.2);
		expect(client.run(`return _G.answer`)).toBe("late");
	});
});
