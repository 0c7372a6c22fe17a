import { describe, expect, it } from "@rbxts/jest-globals";
import { runWithGame } from "../game-server";
import { createWorld, World, WorldClient, WorldServer } from "../world";

/**
 * Characters as Roblox documents them:
 * create.roblox.com/docs/reference/engine/classes/Players#CharacterAutoLoads (a character when the player joins),
 * create.roblox.com/docs/reference/engine/classes/Player#LoadCharacter and #CharacterAdded, #CharacterRemoving,
 * #CharacterAppearanceLoaded (their order), create.roblox.com/docs/reference/engine/classes/SpawnLocation (where),
 * create.roblox.com/docs/reference/engine/classes/Humanoid#MoveTo, #MoveToFinished, #Died, #Health,
 * create.roblox.com/docs/reference/engine/classes/Players#RespawnTime, and
 * create.roblox.com/docs/physics/network-ownership (the client moves its own character; the server sees it later).
 */

const USER_ID = 41;

// The test place's map: a SpawnLocation 12 x 1 x 12 centred at (0, 0.5, 0), a 320 x 400 baseplate with its top at 0.
const SPAWN_TOP = 1;
const SPAWN_HALF = 6;
// The default rig's R15 HipHeight (2) plus half its root part (1) above the surface.
const ROOT_LIFT = 3;

interface Spawned {
	world: World;
	server: WorldServer;
	client: WorldClient;
}

/**
 * Teleports the spec's character as server code does: through the demo's MovementService when the place has it (it
 * puts back a character that moved faster than walking unless the server moved it), else by setting the root part.
 */
function moveCharacter(world: World, server: WorldServer, position: Vector3) {
	runWithGame(
		server,
		`local player = game.Players:GetPlayerByUserId(${USER_ID})
		local target = Vector3.new(${position.X}, ${position.Y}, ${position.Z})
		if game.ServerScriptService.server:FindFirstChild("demo") then
			service("server/demo/movement-service@MovementService"):moveCharacter(player, target)
		else
			player.Character.HumanoidRootPart.CFrame = CFrame.new(target)
		end`,
	);
	world.advance(0.5);
}

function spawned(latency = 0.05): Spawned {
	const world = createWorld({ seed: 17, latency, jitter: 0 });
	const server = world.startServer();
	const client = world.join(USER_ID, server);
	const ready = world.runUntil(
		() =>
			client.connected() &&
			client.run(`
				local character = game.Players.LocalPlayer.Character
				return character ~= nil and character:FindFirstChild("HumanoidRootPart") ~= nil
			`) === true,
		10,
	);
	expect(ready).toBe(true);
	world.advance(0.5);
	return { world, server, client };
}

const SERVER_ROOT = `game.Players:GetPlayerByUserId(${USER_ID}).Character.HumanoidRootPart`;
const CLIENT_ROOT = `game.Players.LocalPlayer.Character.HumanoidRootPart`;

function position(peer: WorldServer | WorldClient, root: string): Vector3 {
	return peer.run(`return ${root}.Position`) as Vector3;
}

describe("characters", () => {
	it("spawns the default rig on the SpawnLocation when the player joins, owned by that player", () => {
		const { world, server, client } = spawned();
		const rig = server.run(`
			local character = game.Players:GetPlayerByUserId(${USER_ID}).Character
			return {
				parent = character.Parent.ClassName,
				humanoid = character:FindFirstChildOfClass("Humanoid") ~= nil,
				root = character:FindFirstChild("HumanoidRootPart") ~= nil,
				head = character:FindFirstChild("Head") ~= nil,
				primary = character.PrimaryPart == character.HumanoidRootPart,
				owner = character.HumanoidRootPart:GetNetworkOwner() == game.Players:GetPlayerByUserId(${USER_ID}),
				health = character.Humanoid.Health,
				walkSpeed = character.Humanoid.WalkSpeed,
			}
		`);
		expect(rig).toEqual({
			parent: "Workspace",
			humanoid: true,
			root: true,
			head: true,
			primary: true,
			owner: true,
			health: 100,
			walkSpeed: 16,
		});
		const at = position(server, SERVER_ROOT);
		expect(math.abs(at.X)).toBeLessThanOrEqual(SPAWN_HALF);
		expect(math.abs(at.Z)).toBeLessThanOrEqual(SPAWN_HALF);
		expect(at.Y).toBeCloseTo(SPAWN_TOP + ROOT_LIFT, 3);
		// The client sees the same model as its LocalPlayer's character.
		expect(position(client, CLIENT_ROOT)).toEqual(at);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("fires CharacterRemoving, CharacterAdded, then CharacterAppearanceLoaded on LoadCharacter", () => {
		const { world, server } = spawned();
		server.run(`
			local player = game.Players:GetPlayerByUserId(${USER_ID})
			_G.events = {}
			_G.old = player.Character
			player.CharacterRemoving:Connect(function(character)
				table.insert(_G.events, "removing:" .. tostring(character == _G.old))
			end)
			player.CharacterAdded:Connect(function(character)
				table.insert(_G.events, "added:" .. tostring(character ~= _G.old))
			end)
			player.CharacterAppearanceLoaded:Connect(function(character)
				table.insert(_G.events, "appearance:" .. tostring(character == player.Character))
			end)
			task.spawn(function()
				player:LoadCharacter()
				table.insert(_G.events, "returned:" .. tostring(player:HasAppearanceLoaded()))
			end)
		`);
		world.advance(1);
		const events = server.run(`return _G.events`) as string[];
		expect([events[0], events[1]]).toEqual(["removing:true", "added:true"]);
		// LoadCharacter returns once the appearance has loaded; with deferred signals its handler may run after that.
		expect([events[2], events[3]].sort()).toEqual(["appearance:true", "returned:true"]);
		expect(server.run(`return _G.old.Parent == nil`)).toBe(true);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("walks by MoveTo on the client, and the server sees the position after the latency", () => {
		const { world, server, client } = spawned(0.2);
		const start = position(client, CLIENT_ROOT);
		client.run(`
			_G.finished = nil
			local humanoid = game.Players.LocalPlayer.Character.Humanoid
			humanoid.MoveToFinished:Connect(function(reached) _G.finished = reached end)
			humanoid:MoveTo(Vector3.new(${start.X}, 0, ${start.Z} - 32))
		`);
		world.advance(1);
		const clientAt = position(client, CLIENT_ROOT);
		const serverAt = position(server, SERVER_ROOT);
		// One second at WalkSpeed 16 on the client; the server is at least the 0.2 s latency behind.
		expect(start.Z - clientAt.Z).toBeGreaterThan(15);
		expect(start.Z - clientAt.Z).toBeLessThanOrEqual(16.01);
		expect(serverAt.Z - clientAt.Z).toBeGreaterThanOrEqual(16 * 0.2 - 0.01);
		world.advance(1.5);
		expect(client.run(`return _G.finished`)).toBe(true);
		const arrived = position(client, CLIENT_ROOT);
		expect(arrived.Z).toBeCloseTo(start.Z - 32, 3);
		// Off the spawn's 1-stud top and onto the baseplate.
		expect(arrived.Y).toBeCloseTo(ROOT_LIFT, 3);
		world.advance(0.5);
		expect(position(server, SERVER_ROOT)).toEqual(arrived);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("gives up a MoveTo after 8 seconds, and stops at a wall", () => {
		const { world, server, client } = spawned();
		client.run(`
			_G.finished = {}
			local humanoid = game.Players.LocalPlayer.Character.Humanoid
			humanoid.MoveToFinished:Connect(function(reached) table.insert(_G.finished, { reached, time() }) end)
			_G.started = time()
			humanoid:MoveTo(Vector3.new(0, 0, -190))
		`);
		world.advance(9);
		const [reached, at] = (client.run(`return _G.finished[1]`) as [boolean, number]) ?? [];
		const started = client.run(`return _G.started`) as number;
		expect(reached).toBe(false);
		expect(at - started).toBeCloseTo(8, 1);

		// The board "Leaderboard_points" is a 16 x 12 x 1 wall centred at (-40, 8, 20).
		// The game's server puts back a character its client moved faster than walking, so the server moves it there.
		moveCharacter(world, server, new Vector3(-40, 3, 10));
		client.run(`game.Players.LocalPlayer.Character.Humanoid:MoveTo(Vector3.new(-40, 0, 30))`);
		world.advance(2);
		expect(client.run(`return _G.finished[2][1]`)).toBe(false);
		expect(position(client, CLIENT_ROOT).Z).toBeLessThan(20);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("stands on a floor added inside a model while it walks, and steps down once that model is gone", () => {
		const { world, server, client } = spawned();
		// A first walk, so the client has looked at the ground before the floor arrives.
		client.run(`game.Players.LocalPlayer.Character.Humanoid:MoveTo(Vector3.new(0, 0, 14))`);
		world.advance(2);
		expect(position(client, CLIENT_ROOT).Y).toBeCloseTo(ROOT_LIFT, 3);
		// Map parts often come grouped: a Model holding an anchored 12 x 1 x 12 floor with its top at 1.
		server.run(`
			local model = Instance.new("Model")
			model.Name = "AddedFloor"
			local floor = Instance.new("Part")
			floor.Anchored = true
			floor.Size = Vector3.new(12, 1, 12)
			floor.CFrame = CFrame.new(0, 0.5, 30)
			floor.Parent = model
			model.Parent = workspace
		`);
		world.advance(0.5);
		client.run(`game.Players.LocalPlayer.Character.Humanoid:MoveTo(Vector3.new(0, 0, 30))`);
		world.advance(2);
		expect(position(client, CLIENT_ROOT).Y).toBeCloseTo(1 + ROOT_LIFT, 3);
		server.run(`workspace.AddedFloor:Destroy()`);
		world.advance(0.5);
		client.run(`game.Players.LocalPlayer.Character.Humanoid:MoveTo(Vector3.new(2, 0, 30))`);
		world.advance(1);
		expect(position(client, CLIENT_ROOT).Y).toBeCloseTo(ROOT_LIFT, 3);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("dies at Health 0, fires Died on the server and the client, and respawns after RespawnTime", () => {
		const { world, server, client } = spawned();
		server.run(`
			local player = game.Players:GetPlayerByUserId(${USER_ID})
			_G.first = player.Character
			_G.died = nil
			_G.first.Humanoid.Died:Connect(function() _G.died = time() end)
		`);
		client.run(`
			_G.died = false
			game.Players.LocalPlayer.Character.Humanoid.Died:Connect(function() _G.died = true end)
		`);
		const killedAt = server.run(`
			_G.first.Humanoid.Health = 0
			return time()
		`) as number;
		world.advance(0.5);
		expect(server.run(`return _G.died ~= nil and _G.first.Humanoid.Health == 0`)).toBe(true);
		expect(client.run(`return _G.died`)).toBe(true);
		// Still the dead character just before RespawnTime (5 s) has passed, a new one just after.
		world.advance(4);
		expect(server.run(`return game.Players:GetPlayerByUserId(${USER_ID}).Character == _G.first`)).toBe(true);
		world.advance(1.5);
		const respawn = server.run(`
			local character = game.Players:GetPlayerByUserId(${USER_ID}).Character
			return {
				new = character ~= _G.first,
				oldGone = _G.first.Parent == nil,
				health = character.Humanoid.Health,
			}
		`);
		expect(respawn).toEqual({ new: true, oldGone: true, health: 100 });
		expect(world.now() - killedAt).toBeGreaterThan(5);
		world.advance(0.5);
		expect(client.run(`return game.Players.LocalPlayer.Character.Humanoid.Health`)).toBe(100);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("loads no character with CharacterAutoLoads off until the server calls LoadCharacter", () => {
		const world = createWorld({ seed: 18 });
		const server = world.startServer();
		server.run(`game.Players.CharacterAutoLoads = false`);
		const client = world.join(USER_ID, server);
		world.advance(2);
		expect(server.run(`return game.Players:GetPlayerByUserId(${USER_ID}).Character == nil`)).toBe(true);
		server.run(`task.spawn(function() game.Players:GetPlayerByUserId(${USER_ID}):LoadCharacter() end)`);
		world.advance(1);
		expect(client.run(`return game.Players.LocalPlayer.Character ~= nil`)).toBe(true);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("removes the character of a player who leaves during the spawn, with no appearance event", () => {
		const world = createWorld({ seed: 19 });
		const server = world.startServer();
		server.run(`
			_G.log = {}
			game.Players.PlayerAdded:Connect(function(player)
				player.CharacterAdded:Connect(function() table.insert(_G.log, "added") end)
				player.CharacterAppearanceLoaded:Connect(function() table.insert(_G.log, "appearance") end)
				player.CharacterRemoving:Connect(function() table.insert(_G.log, "removing") end)
			end)
			game.Players.PlayerRemoving:Connect(function() table.insert(_G.log, "playerRemoving") end)
		`);
		const client = world.join(USER_ID, server);
		// The character loads once the server hears the client connected, and its appearance 0.1 s later.
		world.runUntil(() => server.run(`return #_G.log`) === 1, 5);
		client.leave();
		world.advance(1);
		expect(server.run(`return table.concat(_G.log, ",")`)).toBe("added,playerRemoving,removing");
		expect(server.run(`return #workspace:GetChildren()`)).toBe(
			server.run(`
				local count = 0
				for _, child in workspace:GetChildren() do
					if not child:FindFirstChildOfClass("Humanoid") then count += 1 end
				end
				return count
			`),
		);
		expect(world.scriptErrors()).toEqual([]);
	});

	it("ignores a client's move of a part it does not own", () => {
		const { world, server } = spawned();
		const other = world.join(USER_ID + 1, server);
		world.advance(2);
		const before = position(server, SERVER_ROOT);
		other.run(`
			local character = game.Players:GetPlayerByUserId(${USER_ID}).Character
			character.HumanoidRootPart.CFrame = CFrame.new(50, 3, 50)
		`);
		world.advance(1);
		expect(position(server, SERVER_ROOT)).toEqual(before);
		expect(world.scriptErrors()).toEqual([]);
	});
});
