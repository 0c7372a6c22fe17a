/** Developer products and what each grants. The ids are the demo's; a fork replaces them with its own. */
export interface ProductGrant {
	readonly name: string;
	readonly coins: number;
}

export const PRODUCTS: Readonly<Record<number, ProductGrant>> = {
	1001: { name: "Pouch of coins", coins: 500 },
	1002: { name: "Chest of coins", coins: 3000 },
};

/** How long a receipt may wait for the player's data to load and for the grant to be saved, in seconds. */
export const RECEIPT_TIMEOUT_SECONDS = 30;

/** Game passes the server checks for each player at join and keeps while they play; a fork lists its own. */
export const GAME_PASSES = {
	// demo:begin
	/** The demo's pass: every collectible pays twice its coins. */
	doubleCoins: 3001,
	// demo:end
} as const satisfies Record<string, number>;

/** Badges the game awards; a fork lists its own. */
export const BADGES = {
	// demo:begin
	/** The demo's badge for the first round a player wins. */
	firstRoundWon: 4001,
	// demo:end
} as const satisfies Record<string, number>;

/** Retries of a badge award or a pass check on a failed web request, and how long before a failed check runs again. */
export const MONETIZATION_RETRY = { attempts: 4, baseDelaySeconds: 1, maxDelaySeconds: 8, recheckSeconds: 60 } as const;
