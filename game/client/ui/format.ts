// demo:begin
import { RoundState } from "shared/demo/round-rules";
// demo:end

/** 1250 -> "1,250". */
export function formatThousands(value: number): string {
	let digits = "%d".format(math.floor(math.abs(value)));
	let grouped = "";
	while (digits.size() > 3) {
		grouped = `,${digits.sub(-3)}${grouped}`;
		digits = digits.sub(1, -4);
	}
	return `${value < 0 ? "-" : ""}${digits}${grouped}`;
}

/** Seconds -> "m:ss" (65 -> "1:05"); negative counts as zero. */
export function formatClock(seconds: number): string {
	const whole = math.max(0, math.ceil(seconds));
	return "%d:%02d".format(math.floor(whole / 60), whole % 60);
}

/** 0..1 -> "50%". */
export function formatPercent(fraction: number): string {
	return `${math.round(fraction * 100)}%`;
}

// demo:begin
/** What the HUD says about the round: "Intermission", "Round 3" or "Results". */
export function roundLabel(round: Pick<RoundState, "phase" | "number">): string {
	if (round.phase === "playing") return `Round ${round.number}`;
	return round.phase === "results" ? "Results" : "Intermission";
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
