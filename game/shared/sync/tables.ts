/**
 * The length of `value` when its keys are exactly 1..n (an empty table is an array of 0), else undefined. Luau's `#`
 * may count across holes, and a first key of 1 says nothing of the rest, so neither tells a sparse array or a mixed
 * table from an array; sent as an array, such a table would lose or misplace entries.
 */
export function denseLength(value: object): number | undefined {
	let count = 0;
	let largest = 0;
	for (const [key] of pairs(value)) {
		if (!typeIs(key, "number") || key < 1 || key % 1 !== 0) return undefined;
		count += 1;
		if (key > largest) largest = key;
	}
	return largest === count ? count : undefined;
}
