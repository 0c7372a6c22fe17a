/** Game-wide state of one server, shared with every client. */
export interface GameData {
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
	serverStartedAt: 0,
	activePlayers: 0,
	totals: { coinsEarned: 0, playersLoaded: 0 },
};
