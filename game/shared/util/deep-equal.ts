/** Structural equality of plain data (tables, primitives). */
export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!typeIs(a, "table") || !typeIs(b, "table")) return false;
	const left = a as Record<string | number, unknown>;
	const right = b as Record<string | number, unknown>;
	for (const [key, value] of pairs(left)) if (!deepEqual(value, right[key])) return false;
	for (const [key] of pairs(right)) if (left[key] === undefined) return false;
	return true;
}
