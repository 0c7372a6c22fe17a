import { Players } from "@rbxts/services";
import { MAP_LAYOUT } from "shared/config/demo";
import { clientEvents } from "./client-modules";

/** Studs per second: a little over a Humanoid's default 16 and well under the server's MOVEMENT_CONFIG.maxSpeed. */
export const WALK_SPEED = 18;
/** Seconds between position reports, as the demo controller reports a real character's. */
const REPORT_SECONDS = 0.1;
/**
 * The longest time one step covers. After a long stall (a busy world) a bot goes on walking at its speed instead of
 * covering the whole stall in one report the server might take for a jump.
 */
const LONGEST_STEP_SECONDS = 0.25;

export interface WalkOptions {
	/** Stop this close to the target (studs); 0.5 when absent. */
	readonly within?: number;
	/** Checked before every step: the walk gives up when it returns false (the target went away). */
	readonly keepGoing?: () => boolean;
}

/**
 * Walks a headless player: reports positions through the demo's move remote at walking speed, so the server's speed
 * check accepts every one, and remembers where the player is. Headless players have no character (the engine spawns
 * none), so the reports are the player's position; when a character does exist the demo controller reports its root
 * part and the server reads the character instead, and a walker stays still.
 */
export class Walker {
	private position: Vector3 = MAP_LAYOUT.spawn;

	constructor(private readonly report: (position: Vector3) => void) {}

	currentPosition(): Vector3 {
		return this.position;
	}

	/** Whether reported positions count: only while the player has no character. */
	canWalk(): boolean {
		return Players.LocalPlayer.Character === undefined;
	}

	/** Walks to `target`; returns whether it got there (false when it gave up or cannot walk). */
	walkTo(target: Vector3, options: WalkOptions = {}): boolean {
		const within = options.within ?? 0.5;
		if (!this.canWalk()) return false;
		while (target.sub(this.position).Magnitude > within) {
			if (options.keepGoing !== undefined && !options.keepGoing()) return false;
			const elapsed = math.min(task.wait(REPORT_SECONDS), LONGEST_STEP_SECONDS);
			const offset = target.sub(this.position);
			this.position = this.position.add(offset.Unit.mul(math.min(offset.Magnitude, WALK_SPEED * elapsed)));
			this.report(this.position);
		}
		return true;
	}
}

let localWalker: Walker | undefined;

/**
 * The local player's walker. One per client, because the server keeps one position per player: the bot and any spec
 * that walks the same player must share it. A new client (a rejoin) starts at the spawn, as the server expects.
 */
export function walkerOfLocalPlayer(): Walker {
	if (localWalker === undefined) {
		const events = clientEvents();
		localWalker = new Walker((position) => events.demo.move.fire(position));
	}
	return localWalker;
}
