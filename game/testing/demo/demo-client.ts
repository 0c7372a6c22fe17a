/** Luau snippets for the demo on a world client: walking the character and picking up collectibles. */
import { runOnClient } from "testing/game-client";
import { World, WorldClient } from "testing/world";

/**
 * Luau that walks the player's character to `target` (define, then call) with the bots' walker
 * (game/testing/bots/walker.ts): Humanoid:MoveTo, as the player's input would. `events` is the demo's client remotes.
 */
export const WALK_TO = `
	local events = require(client.demo["demo-events"]).DemoClientEvents
	local walker = require(game.ReplicatedStorage.testing.bots.walker).walkerOfLocalPlayer()
	local function walkTo(target) walker:walkTo(target) end
`;

/**
 * Walks the client's character to a collectible, for the demo controller to pick up; returns the coins of every
 * collectible that went during the walk (a path can cross more than one; meant for a world with one player).
 */
export function collectOne(world: World, client: WorldClient): number {
	const worths = `
		local worths = {}
		for id, entity in require(client.replication["entity-controller"]).entitiesAtom() do
			if entity.kind == "collectible" then worths[id] = entity.state.coins end
		end
		return worths
	`;
	world.runUntil(() => next(runOnClient(client, worths) as object)[0] !== undefined, 10);
	const before = runOnClient(client, worths) as Record<string, number>;
	let id = "";
	for (const [key] of pairs(before)) {
		id = key;
		break;
	}
	runOnClient(
		client,
		`${WALK_TO}
		walkTo(require(client.replication["entity-controller"]).entitiesAtom()["${id}"].state.position)
	`,
	);
	// The demo controller asks for the pickup once the character is in reach, as it does for a player.
	world.advance(1);
	const after = runOnClient(client, worths) as Record<string, number>;
	let collected = 0;
	for (const [key, coins] of pairs(before)) if (after[key] === undefined) collected += coins;
	return collected;
}
