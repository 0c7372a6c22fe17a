import { Document, Migration } from "./migration";

/** Version 2 kept points and wins at the top level and a list of owned hats; version 3 groups them. */
export const splitStats: Migration = {
	version: 3,
	description: "Group points and wins into stats, hats into cosmetics",
	up: (data) => {
		data.stats = {
			points: data.points ?? 0,
			wins: data.wins ?? 0,
			roundsPlayed: 0,
			bestRoundScore: 0,
			bestCourseMs: 0,
		};
		data.cosmetics = { owned: data.ownedHats ?? [], equipped: "" };
		data.points = undefined;
		data.wins = undefined;
		data.ownedHats = undefined;
		return data;
	},
	down: (data) => {
		const stats = (data.stats ?? {}) as Document;
		const cosmetics = (data.cosmetics ?? {}) as Document;
		data.points = stats.points;
		data.wins = stats.wins;
		data.ownedHats = cosmetics.owned;
		data.stats = undefined;
		data.cosmetics = undefined;
		return data;
	},
	validate: [
		(data) => {
			const stats = data.stats as Document | undefined;
			return stats !== undefined && typeIs(stats.points, "number") && typeIs(stats.wins, "number")
				? undefined
				: "stats.points and stats.wins must be numbers";
		},
	],
};
