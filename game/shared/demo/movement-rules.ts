import { MOVEMENT_CONFIG } from "shared/config/demo";

/**
 * Whether a reported move is possible: the distance covered since the last accepted report, at most the speed limit
 * times the time between them plus a tolerance. Positions come from clients and are never trusted beyond that.
 */
export function isPlausibleMove(from: Vector3, to: Vector3, seconds: number): boolean {
	if (to.X !== to.X || to.Y !== to.Y || to.Z !== to.Z) return false;
	const distance = to.sub(from).Magnitude;
	if (distance !== distance || distance === math.huge) return false;
	return distance <= MOVEMENT_CONFIG.maxSpeed * math.max(seconds, 0) + MOVEMENT_CONFIG.toleranceStuds;
}
