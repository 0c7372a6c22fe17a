// Numbers, percentages and clocks are formatted for the player's locale by the Localiser (shared/localisation).

/** Seconds until `endsAt` (server Unix seconds) by the server clock `now`, never negative. */
export function secondsLeft(endsAt: number, now: number): number {
	return math.max(0, math.ceil(endsAt - now));
}

/** A volume stepped by `delta`, kept in 0..1 and rounded to tenths (so repeated steps do not drift). */
export function stepVolume(volume: number, delta: number): number {
	return math.clamp(math.round((volume + delta) * 10) / 10, 0, 1);
}
