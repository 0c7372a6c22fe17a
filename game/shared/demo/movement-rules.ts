import { MOVEMENT_CONFIG } from "shared/config/demo";

/**
 * What the server believes about where a player is: the last accepted position, when it was accepted, and the
 * travel allowance left (studs). The allowance grows at the speed limit while time passes and is capped at
 * `burstSeconds` of travel, so standing still saves up no teleport; each accepted move spends what it covered, and
 * the tolerance for network jitter is lent, not given (a move that uses it leaves the allowance below zero), so many
 * small moves cannot add up to more than the speed limit.
 */
export interface MovementTrack {
	readonly position: Vector3;
	readonly at: number;
	readonly allowance: number;
}

const MAX_ALLOWANCE = MOVEMENT_CONFIG.maxSpeed * MOVEMENT_CONFIG.burstSeconds;

/** A track at a position the server itself put the player at (a join, a respawn, a teleport). */
export function trackAt(position: Vector3, at: number): MovementTrack {
	return { position, at, allowance: 0 };
}

/**
 * The track after a move to `to` at time `now`, or undefined when the move is impossible (too far, or not finite).
 * The speed limit is along the ground: a fall is faster than walking, and height brings a player no nearer to a
 * collectible or a checkpoint.
 */
export function acceptMove(track: MovementTrack, to: Vector3, now: number): MovementTrack | undefined {
	const offset = to.sub(track.position);
	// Height costs nothing but must be finite; NaN fails every comparison, so NaN and infinities are refused.
	const climb = math.abs(offset.Y) < math.huge ? 0 : math.huge;
	const distance = new Vector3(offset.X, 0, offset.Z).Magnitude + climb;
	if (!(distance < math.huge)) return undefined;
	const available = math.min(MAX_ALLOWANCE, track.allowance + MOVEMENT_CONFIG.maxSpeed * math.max(0, now - track.at));
	if (!(distance <= available + MOVEMENT_CONFIG.toleranceStuds)) return undefined;
	return { position: to, at: now, allowance: available - distance };
}
