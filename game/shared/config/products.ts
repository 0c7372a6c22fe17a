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
