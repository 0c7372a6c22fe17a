/**
 * When a character touches a pickup: a ball (the pickup's part) against the boxes of the character's parts, as
 * BasePart.Touched reports contact between parts (create.roblox.com/docs/reference/engine/classes/BasePart#Touched).
 * The controller checks ten times a second while Roblox's physics sees contact every step, so a check also covers the
 * way the character came since the last one: a pickup walked through between two checks was touched.
 */

/** One of the character's parts, where it is now. */
export interface BodyPart {
	readonly frame: CFrame;
	readonly size: Vector3;
}

/** Studs between the positions a check tests along the way the character came (under a coin's diameter). */
const SWEEP_STEP_STUDS = 0.5;
/**
 * A character that moved further than this between two checks (over half a second of a walk) was moved by the server
 * (a respawn, a teleport), not walked: only where it is now counts.
 */
export const MOST_WALKED_BETWEEN_CHECKS = 10;

/** Whether a ball touches a box (an oriented part): its centre no further from the box than its radius. */
export function ballTouchesBox(center: Vector3, radius: number, box: BodyPart): boolean {
	const offset = box.frame.PointToObjectSpace(center);
	const half = box.size.div(2);
	const outside = new Vector3(
		math.max(math.abs(offset.X) - half.X, 0),
		math.max(math.abs(offset.Y) - half.Y, 0),
		math.max(math.abs(offset.Z) - half.Z, 0),
	);
	return outside.Magnitude <= radius;
}

/**
 * Whether a ball was touched by the body on its way here: `moved` is how far the body came since the last check (zero
 * when it stood still). Each part is first held to its bounding sphere, so a pickup nowhere near costs one distance.
 */
export function touchedOnTheWay(
	body: ReadonlyArray<BodyPart>,
	moved: Vector3,
	center: Vector3,
	radius: number,
): boolean {
	const distance = moved.Magnitude;
	const walked = distance <= MOST_WALKED_BETWEEN_CHECKS ? distance : 0;
	const steps = math.ceil(walked / SWEEP_STEP_STUDS);
	for (const part of body) {
		const bound = part.size.Magnitude / 2 + radius + walked;
		if (part.frame.Position.sub(center).Magnitude > bound) continue;
		// The body earlier on its way is the body now, moved back; the ball moved forward by as much is the same test.
		for (let step = 0; step <= steps; step++) {
			const back = steps === 0 ? Vector3.zero : moved.mul(step / steps);
			if (ballTouchesBox(center.add(back), radius, part)) return true;
		}
	}
	return false;
}
