/** Where a button sits on screen: its top-left corner, in pixels. */
export interface Spot {
	readonly x: number;
	readonly y: number;
}

/**
 * The spot a reader meets first: the top row, then the leftmost in it. Spots less than `rowTolerance` pixels apart in
 * height share a row, so a button a pixel lower than its neighbour still counts as beside it.
 */
export function firstInReadingOrder(spots: readonly Spot[], rowTolerance = 4): number | undefined {
	let best: number | undefined;
	spots.forEach((spot, index) => {
		if (best === undefined) {
			best = index;
			return;
		}
		const leader = spots[best];
		const sameRow = math.abs(spot.y - leader.y) < rowTolerance;
		if ((sameRow && spot.x < leader.x) || (!sameRow && spot.y < leader.y)) best = index;
	});
	return best;
}
