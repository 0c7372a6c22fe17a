/** Luau snippets that drive the demo's round on a world server (see testing/game-server.ts). */
import { runWithGame } from "testing/game-server";
import { World, WorldServer } from "testing/world";

const ROUND_STATE = `require(game.ServerScriptService.server.demo["round-state"])`;

/** The phase of the server's round now. */
export function roundPhase(server: WorldServer): string {
	return runWithGame(server, `return ${ROUND_STATE}.roundAtom().phase`) as string;
}

/** Advances the world until the server's first round is being played (the intermission is 15 s). */
export function untilRoundPlays(world: World, server: WorldServer) {
	world.runUntil(() => roundPhase(server) === "playing", 30);
}

/** Ends the demo's round now with these scores (UserId -> points): the results phase follows on the next check. */
export function endRound(server: WorldServer, scores: Record<number, number>) {
	const entries = new Array<string>();
	for (const [userId, points] of pairs(scores)) entries.push(`["${userId}"] = ${points}`);
	runWithGame(
		server,
		`
		${ROUND_STATE}.updateRound(function(round)
			local copy = table.clone(round) copy.scores = { ${entries.join(", ")} } copy.endsAt = 0 return copy
		end)
	`,
	);
}
