import { Players } from "@rbxts/services";
import { MAP_LAYOUT } from "shared/config/demo";

/** Seconds between checks on a walk (the target still wanted, the character still alive). */
const CHECK_SECONDS = 0.1;
/** Studs a leg of a walk must gain to be worth another MoveTo after one ends short (a wall, the 8 s timeout). */
const LEAST_PROGRESS = 1;

export interface WalkOptions {
	/** Checked between steps: the walk gives up when it returns false (the target went away). */
	readonly keepGoing?: () => boolean;
}

function humanoidOf(character: Model | undefined): Humanoid | undefined {
	const humanoid = character?.FindFirstChildOfClass("Humanoid");
	return humanoid !== undefined && humanoid.Health > 0 && humanoid.RootPart !== undefined ? humanoid : undefined;
}

function flatDistance(from: Vector3, to: Vector3): number {
	return new Vector3(to.X - from.X, 0, to.Z - from.Z).Magnitude;
}

/**
 * Steers the local player's character as a player's input does: Humanoid:MoveTo towards a target, again when a walk
 * ends short of it (Roblox gives a MoveTo up after 8 seconds), until it arrives, stops gaining ground or is told to
 * give up. The game's own client code (the demo controller) sees the character move and does the rest.
 */
export class Walker {
	/** Where the character is now (the spawn while it has none). */
	currentPosition(): Vector3 {
		return humanoidOf(Players.LocalPlayer.Character)?.RootPart?.Position ?? MAP_LAYOUT.spawn;
	}

	/** Whether there is a living character to steer. */
	canWalk(): boolean {
		return humanoidOf(Players.LocalPlayer.Character) !== undefined;
	}

	/** Walks to `target`; returns whether the character got there. */
	walkTo(target: Vector3, options: WalkOptions = {}): boolean {
		for (;;) {
			const humanoid = humanoidOf(Players.LocalPlayer.Character);
			const root = humanoid?.RootPart;
			if (humanoid === undefined || root === undefined) return false;
			const before = flatDistance(root.Position, target);
			let finished: boolean | undefined;
			const connection = humanoid.MoveToFinished.Connect((reached) => (finished = reached));
			humanoid.MoveTo(target);
			while (finished === undefined) {
				task.wait(CHECK_SECONDS);
				if (humanoid.Health <= 0 || humanoid.Parent === undefined) finished = false;
				else if (options.keepGoing !== undefined && !options.keepGoing()) {
					connection.Disconnect();
					humanoid.MoveTo(root.Position);
					return false;
				}
			}
			connection.Disconnect();
			if (finished) return true;
			if (before - flatDistance(root.Position, target) < LEAST_PROGRESS) return false;
		}
	}
}

let localWalker: Walker | undefined;

/** The local player's walker: the bot and any spec that walks the same player share it. */
export function walkerOfLocalPlayer(): Walker {
	if (localWalker === undefined) localWalker = new Walker();
	return localWalker;
}
