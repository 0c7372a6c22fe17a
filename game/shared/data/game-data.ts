// demo:begin
import { INITIAL_ROUND, RoundState } from "shared/demo/round-rules";
// demo:end

/** Game-wide state of one server, shared with every client. */
export interface GameData {
	// demo:begin
	/** The demo's round (phase, timer, scores). */
	round: RoundState;
	// demo:end
	/** Unix seconds when this server started. */
	serverStartedAt: number;
	/** Players whose data is loaded on this server. */
	activePlayers: number;
	totals: {
		/** Coins earned by everybody on this server since it started. */
		coinsEarned: number;
		playersLoaded: number;
	};
}

export const DEFAULT_GAME_DATA: GameData = {
	// demo:begin
	round: INITIAL_ROUND,
	// demo:end
	serverStartedAt: 0,
	activePlayers: 0,
	totals: { coinsEarned: 0, playersLoaded: 0 },
};
