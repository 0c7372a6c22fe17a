import { DEFAULT_GAME_DATA, GameData } from "shared/data/game-data";
import { DEFAULT_PLAYER_DATA } from "shared/data/player-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { HealthReport } from "shared/integration/health";

/** Mock state for the stories and the UI specs: a fixed server clock, a player mid-game. */
export const MOCK_NOW = 1_767_225_600;

export const MOCK_PLAYER: PrivatePlayerView = {
	coins: 1250,
	stats: { ...DEFAULT_PLAYER_DATA.stats, points: 42, wins: 3 },
	cosmetics: { owned: ["cap", "crown"], equipped: "crown" },
	settings: { musicVolume: 0.5, effectsVolume: 0.8, showRoundTimer: true },
};

/** The game data, its game's own parts (if any) at their defaults: a game's mocks set them. */
export const MOCK_GAME: GameData = {
	...DEFAULT_GAME_DATA,
	serverStartedAt: MOCK_NOW - 600,
	activePlayers: 4,
	totals: { coinsEarned: 900, playersLoaded: 5 },
};

export const MOCK_REPORT: HealthReport = {
	generatedAt: MOCK_NOW - 2,
	overall: "degraded",
	systems: [
		{
			name: "stateReplication",
			status: "ok",
			reasons: [],
			stats: { entities: 12, patches: 340, bytes: 48200 },
		},
		{
			name: "dataStore",
			status: "degraded",
			reasons: ["largest share of a budget used is 0.62, over 0.5"],
			stats: { largestShareUsed: 0.62 },
		},
		{
			name: "players",
			status: "ok",
			reasons: [],
			stats: { inServer: 4, loaded: 4 },
		},
	],
};

export const noop = () => {};
