import { Document } from "./migration";

/**
 * Real shapes from the game's history, one per old version, as they sit in the DataStore. The specs run every
 * migration on them; the migration dump (data/migrations/legacy-profiles.json) is made of documents like these.
 */
export function legacyDocuments(): Record<string, Document> {
	return {
		// Version 1 had no version field at all.
		version1: { cash: 125, points: 40, wins: 3, ownedHats: ["cap"] },
		version2: { version: 2, compatibleVersion: 2, coins: 80, points: 12, wins: 1, ownedHats: [] },
		version3: {
			version: 3,
			compatibleVersion: 3,
			coins: 7,
			stats: { points: 300, wins: 9, roundsPlayed: 20, bestRoundScore: 44, bestCourseMs: 61234 },
			cosmetics: { owned: ["cap", "crown"], equipped: "crown" },
		},
	};
}
