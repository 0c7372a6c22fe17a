// Numbers, percentages and clocks are formatted for the player's locale by the Localiser (shared/localisation).
// demo:begin
import type { Localiser } from "shared/localisation/localiser";
import { RoundState } from "shared/demo/round-rules";
// demo:end

// demo:begin
/** What the HUD says about the round: "Intermission", "Round 3" or "Results" in English. */
export function roundLabel(localiser: Localiser, round: Pick<RoundState, "phase" | "number">): string {
	if (round.phase === "playing") return localiser.text("Round.Playing", { round: localiser.number(round.number) });
	return localiser.text(round.phase === "results" ? "Round.Results" : "Round.Intermission");
}
// demo:end

/** Seconds until `endsAt` (server Unix seconds) by the server clock `now`, never negative. */
export function secondsLeft(endsAt: number, now: number): number {
	return math.max(0, math.ceil(endsAt - now));
}

/** A volume stepped by `delta`, kept in 0..1 and rounded to tenths (so repeated steps do not drift). */
export function stepVolume(volume: number, delta: number): number {
	return math.clamp(math.round((volume + delta) * 10) / 10, 0, 1);
}
