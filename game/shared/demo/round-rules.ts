import { ROUND_CONFIG } from "shared/config/demo";

export type RoundPhase = "intermission" | "playing" | "results";

export interface RoundState {
	readonly phase: RoundPhase;
	readonly number: number;
	/** Server Unix seconds at which the phase ends. */
	readonly endsAt: number;
	/** Round score per UserId (as a string key), during and just after a round. */
	readonly scores: Readonly<Record<string, number>>;
	/** UserId of the last round's winner, 0 when nobody scored. */
	readonly lastWinner: number;
}

/** The sync key the round is sent under, beside the framework's game data. */
export const ROUND_SYNC_KEY = "round";

export const INITIAL_ROUND: RoundState = { phase: "intermission", number: 0, endsAt: 0, scores: {}, lastWinner: 0 };

const DURATIONS: Record<RoundPhase, number> = {
	intermission: ROUND_CONFIG.intermissionSeconds,
	playing: ROUND_CONFIG.roundSeconds,
	results: ROUND_CONFIG.resultsSeconds,
};

/** The phase after `state`, starting at `now`. */
export function advancePhase(state: RoundState, now: number): RoundState {
	if (state.phase === "intermission") {
		return { ...state, phase: "playing", number: state.number + 1, endsAt: now + DURATIONS.playing, scores: {} };
	}
	if (state.phase === "playing") {
		const [winner] = placements(state.scores);
		return { ...state, phase: "results", endsAt: now + DURATIONS.results, lastWinner: winner ?? 0 };
	}
	return { ...state, phase: "intermission", endsAt: now + DURATIONS.intermission };
}

export function addScore(state: RoundState, userId: number, amount: number): RoundState {
	const key = tostring(userId);
	return { ...state, scores: { ...state.scores, [key]: (state.scores[key] ?? 0) + amount } };
}

/**
 * UserIds ordered by round score, best first; ties go to the lower UserId (stable and reproducible). Players with a
 * score of zero are not placed.
 */
export function placements(scores: Readonly<Record<string, number>>): number[] {
	const entries: [number, number][] = [];
	for (const [key, score] of pairs(scores)) if (score > 0) entries.push([tonumber(key)!, score]);
	entries.sort((a, b) => (a[1] !== b[1] ? a[1] > b[1] : a[0] < b[0]));
	return entries.map(([userId]) => userId);
}
