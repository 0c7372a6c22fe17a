/**
 * Developer products and what each grants, the one place their ids live (the shop lists them, the receipt handler
 * grants them). The demo's ids are placeholders that Roblox does not know: a fork creates its products on the Creator
 * Dashboard, puts their ids here and drops `placeholder`.
 */
export interface ProductGrant {
	readonly name: string;
	readonly coins: number;
	/** Not a real product id yet: the shop says so instead of opening a purchase prompt that would fail. */
	readonly placeholder?: true;
}

export const PRODUCTS: Readonly<Record<number, ProductGrant>> = {
	1001: { name: "Pouch of coins", coins: 500, placeholder: true },
	1002: { name: "Chest of coins", coins: 3000, placeholder: true },
};

/** What the shop shows and logs for a placeholder product. */
export function placeholderProductMessage(productId: number): string {
	return `Product ${productId} is a placeholder id: create the product on the Creator Dashboard and put its id in shared/config/products.ts`;
}

/** How long a receipt may wait for the player's data to load and for the grant to be saved, in seconds. */
export const RECEIPT_TIMEOUT_SECONDS = 30;

/** Game passes the server checks for each player at join and keeps while they play; a fork lists its own. */
export const GAME_PASSES = {} as const satisfies Record<string, number>;

/** Badges the game awards; a fork lists its own. */
export const BADGES = {} as const satisfies Record<string, number>;

const gamePasses = new Set<number>();
for (const [, id] of pairs(GAME_PASSES as Record<string, number>)) gamePasses.add(id);

/** Adds game passes for the server to check, from a game's own config; call before players join. */
export function addGamePasses(passes: Readonly<Record<string, number>>) {
	for (const [, id] of pairs(passes)) gamePasses.add(id);
}

/** Every game pass the server checks: GAME_PASSES and those added. */
export function knownGamePasses(): ReadonlySet<number> {
	return gamePasses;
}

/** Retries of a badge award or a pass check on a failed web request, and how long before a failed check runs again. */
export const MONETIZATION_RETRY = { attempts: 4, baseDelaySeconds: 1, maxDelaySeconds: 8, recheckSeconds: 60 } as const;
