/**
 * Elo ratings from a match's placements, pure.
 *
 * A match of n players counts as every pair playing once: the better-placed player scores 1, the other 0. Each player's
 * change is K / (n - 1) times the sum over opponents of (score - expected), with the expected score
 * 1 / (1 + 10^((opponent - own) / 400)). Dividing by n - 1 keeps a match worth one game whatever its size. Changes are
 * rounded to integers (ratings are stored in an OrderedDataStore), largest remainders first so they still sum to zero.
 */
export function expectedScore(own: number, opponent: number): number {
	return 1 / (1 + 10 ** ((opponent - own) / 400));
}

/** Exact (unrounded) rating changes for ratings listed best placement first. */
export function eloChanges(ratings: readonly number[], k: number): number[] {
	const n = ratings.size();
	if (n < 2) return ratings.map(() => 0);
	return ratings.map((own, i) => {
		let sum = 0;
		ratings.forEach((opponent, j) => {
			if (i === j) return;
			const score = i < j ? 1 : 0;
			sum += score - expectedScore(own, opponent);
		});
		return (k / (n - 1)) * sum;
	});
}

/** Integer changes that sum to zero: each exact change floored, then the missing units go to the largest remainders. */
export function roundChanges(changes: readonly number[]): number[] {
	const floors = changes.map((change) => math.floor(change));
	let missing = 0;
	changes.forEach((change, index) => (missing += change - floors[index]));
	let units = math.floor(missing + 0.5);
	const order = changes
		.map((_, index) => index)
		.sort((a, b) => {
			const ra = changes[a] - floors[a];
			const rb = changes[b] - floors[b];
			return ra !== rb ? ra > rb : a < b;
		});
	for (const index of order) {
		if (units <= 0) break;
		floors[index] += 1;
		units -= 1;
	}
	return floors;
}

/** New integer ratings for players listed best placement first. */
export function updateRatings(ratings: readonly number[], k: number): number[] {
	const changes = roundChanges(eloChanges(ratings, k));
	return ratings.map((rating, index) => rating + changes[index]);
}
