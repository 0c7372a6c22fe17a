import { describe, expect, it } from "@rbxts/jest-globals";
import { MOVEMENT_CONFIG } from "shared/config/demo";
import { clientCoins, runOnClient } from "testing/game-client";
import { coinsOn, runWithGame } from "testing/game-server";
import { loggedRefusals } from "testing/remote-walker";
import { createWorld, World, WorldServer } from "testing/world";
import { untilRoundPlays } from "testing/demo/demo-server";

const ENTITIES = `service("server/replication/entity-service@EntityService")`;
const MOVEMENT = `service("server/demo/movement-service@MovementService")`;
const EVENTS = `local events = require(client.demo["demo-events"]).DemoClientEvents`;
/** The client's character, once it has one (create.roblox.com/docs/reference/engine/classes/Player#Character). */
const CHARACTER = `
	local character = game.Players.LocalPlayer.Character or game.Players.LocalPlayer.CharacterAdded:Wait()
	local root = character:WaitForChild("HumanoidRootPart")
	local humanoid = character:WaitForChild("Humanoid")
	local function walkTo(target) humanoid:MoveTo(target) humanoid.MoveToFinished:Wait() end
`;

/** A world in its first round with one player; `characters` false gives a headless player that reports positions. */
function playing(seed: number, userId: number, characters = true) {
	const world = createWorld({ seed });
	const server = world.startServer();
	if (!characters) server.run(`game.Players.CharacterAutoLoads = false`);
	const client = world.join(userId, server);
	world.runUntil(() => clientCoins(client) !== undefined, 60);
	untilRoundPlays(world, server);
	if (characters) runOnClient(client, CHARACTER);
	return { world, server, client };
}

function positionOf(server: WorldServer, userId: number) {
	return runWithGame(server, `return ${MOVEMENT}:positionOf(game.Players:GetPlayerByUserId(${userId}))`) as Vector3;
}

/** Movement and course refusals the server logged. */
function refusedMovement(world: World, server: WorldServer) {
	return loggedRefusals(world, server).filter(
		(line) => line.find("demo.move")[0] !== undefined || line.find("demo.courseCheckpoint")[0] !== undefined,
	);
}

/** A coin the spec puts 90 studs from where the server believes the player is. */
function coinFarFrom(server: WorldServer, userId: number): Vector3 {
	const at = positionOf(server, userId).add(new Vector3(0, 0, -90));
	runWithGame(
		server,
		`${ENTITIES}:createEntity("coin-90", "collectible", { kind = "coin", position = Vector3.new(${at.X}, ${at.Y}, ${at.Z}), coins = 5, points = 1 })`,
	);
	return at;
}

/** Luau that moves the character's root from the course start to its finish at `speed` studs/s, as an exploit would. */
function dragAcrossCourse(speed: number) {
	return `
		local from, to = Vector3.new(60, root.Position.Y, 0), Vector3.new(60, root.Position.Y, 140)
		local started = os.clock()
		local covered = 0
		while covered < 140 do
			task.wait()
			covered = math.min(140, ${speed} * (os.clock() - started))
			root.CFrame = CFrame.new(from + (to - from).Unit * covered)
		end
		-- The demo controller asks for the finish when the character reaches it.
		task.wait(0.5)`;
}

// The server reads the character's root part, which its client owns and moves
// (create.roblox.com/docs/physics/network-ownership), so it believes a move only at walking speed.
describe("the movement the server believes", () => {
	it("refuses a headless player's 90-stud jump after standing still, and the collect made there", () => {
		const { world, server, client } = playing(82, 802, false);
		const coin = coinFarFrom(server, 802);
		runOnClient(
			client,
			`${EVENTS}
			events.demo.move:fire(Vector3.new(${coin.X}, ${coin.Y}, ${coin.Z}))
			task.wait(0.2)
			events.demo.collect:fire("coin-90")`,
		);
		world.advance(1);
		expect(positionOf(server, 802).sub(coin).Magnitude).toBeGreaterThan(80);
		expect(coinsOn(server, 802)).toBe(0);
		expect(runWithGame(server, `return ${ENTITIES}:getEntityState("coin-90").version`)).toBe(1);
		expect(refusedMovement(world, server)).toEqual(["demo.move: moved-too-fast"]);
	});

	it("refuses a character's 90-stud jump it did not make, and puts the character back", () => {
		const { world, server, client } = playing(88, 809);
		const start = positionOf(server, 809);
		const coin = coinFarFrom(server, 809);
		runOnClient(
			client,
			`${EVENTS} ${CHARACTER}
			root.CFrame = CFrame.new(${coin.X}, ${coin.Y}, ${coin.Z})
			task.wait(0.3)
			events.demo.collect:fire("coin-90")`,
		);
		world.advance(1);
		expect(coinsOn(server, 809)).toBe(0);
		expect(positionOf(server, 809).sub(start).Magnitude).toBeLessThan(1);
		// The server's own move replicates to the owner: the client's character is back too.
		expect((runOnClient(client, `${CHARACTER} return root.Position`) as Vector3).sub(start).Magnitude).toBeLessThan(
			1,
		);
		expect(refusedMovement(world, server)).toEqual(["demo.move: moved-too-fast"]);
	});

	/** A character walks to the course start, then is moved across the course at `speed` studs/s. */
	function runCourse(seed: number, userId: number, speed: number) {
		const { world, server, client } = playing(seed, userId);
		runOnClient(
			client,
			`${EVENTS} ${CHARACTER}
			walkTo(Vector3.new(60, root.Position.Y, 0))
			events.demo.courseCheckpoint:fire("start")
			${dragAcrossCourse(speed)}`,
		);
		world.advance(1);
		const best = runWithGame(server, `return playerState.getPlayerData(${userId}).stats.bestCourseMs`) as number;
		return { world, server, best };
	}

	it("refuses a course run faster than the speed limit allows (4.2 s for 140 studs)", () => {
		const { server, best } = runCourse(86, 807, 140 / 4.2);
		expect(best).toBe(0);
		expect(coinsOn(server, 807)).toBe(0);
	});

	it("accepts a course run at the speed limit with no refusal", () => {
		const { world, server, best } = runCourse(87, 808, MOVEMENT_CONFIG.maxSpeed);
		// 140 studs at 24 studs/s, less what the demo controller's own checkpoint requests shave off its ends.
		expect(best).toBeGreaterThanOrEqual(5000);
		expect(best).toBeLessThan(6500);
		expect(refusedMovement(world, server)).toEqual([]);
	});

	it("accepts a respawn and a teleport the server makes, with no refusal", () => {
		const { world, server, client } = playing(89, 810);
		runOnClient(client, `${CHARACTER} walkTo(root.Position + Vector3.new(0, 0, -40))`);
		world.advance(0.5);
		const walked = positionOf(server, 810);
		expect(walked.Z).toBeLessThan(-30);
		// A respawn: a new character on the spawn (create.roblox.com/docs/reference/engine/classes/Player#LoadCharacter).
		runWithGame(server, `game.Players:GetPlayerByUserId(810):LoadCharacter()`);
		world.advance(1);
		expect(positionOf(server, 810).sub(walked).Magnitude).toBeGreaterThan(30);
		// The server itself moves the character to the course start.
		runWithGame(server, `${MOVEMENT}:moveCharacter(game.Players:GetPlayerByUserId(810), Vector3.new(60, 3, 0))`);
		world.advance(1);
		expect(positionOf(server, 810).sub(new Vector3(60, 3, 0)).Magnitude).toBeLessThan(1);
		// And the character walks on from there.
		runOnClient(client, `${CHARACTER} walkTo(Vector3.new(60, root.Position.Y, 20))`);
		world.advance(0.5);
		expect(positionOf(server, 810).Z).toBeGreaterThan(15);
		expect(refusedMovement(world, server)).toEqual([]);
	});
});
