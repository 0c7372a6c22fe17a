import { Migration } from "./migration";

/** Version 1 called the currency `cash`; everything since calls it `coins`. */
export const renameCash: Migration = {
	version: 2,
	description: "Rename cash to coins",
	up: (data) => {
		data.coins = data.cash ?? 0;
		data.cash = undefined;
		return data;
	},
	down: (data) => {
		data.cash = data.coins;
		data.coins = undefined;
		return data;
	},
	validate: [(data) => (typeIs(data.coins, "number") ? undefined : "coins must be a number")],
};
