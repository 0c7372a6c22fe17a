import { Document, Migration } from "./migration";

/**
 * Version 4 prices everything in tenths of the old coin (so rewards can be smaller than one old coin) and introduces
 * the Elo rating. Old balances are multiplied by 10: nobody loses buying power.
 */
export const COIN_RESCALE = 10;
export const STARTING_RATING = 1000;

export const rescaleCoins: Migration = {
	version: 4,
	description: "Rescale coins by 10 and start everyone at rating 1000",
	up: (data) => {
		data.coins = ((data.coins as number | undefined) ?? 0) * COIN_RESCALE;
		const stats = (data.stats ?? {}) as Document;
		stats.rating = STARTING_RATING;
		data.stats = stats;
		return data;
	},
	down: (data) => {
		data.coins = math.floor(((data.coins as number | undefined) ?? 0) / COIN_RESCALE);
		const stats = (data.stats ?? {}) as Document;
		stats.rating = undefined;
		return data;
	},
	validate: [
		(data) => {
			const coins = data.coins;
			return typeIs(coins, "number") && coins >= 0 && coins === coins && coins !== math.huge
				? undefined
				: "coins must be a finite number at least 0";
		},
	],
};
