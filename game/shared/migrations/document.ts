import { Document } from "./migration";

/** A deep copy of plain data (tables and primitives), so migrations never touch what was loaded. */
export function deepCopy<T>(value: T): T {
	if (!typeIs(value, "table")) return value;
	const copy: Record<string | number, unknown> = {};
	for (const [key, element] of pairs(value as unknown as Record<string | number, unknown>)) {
		copy[key] = deepCopy(element);
	}
	return copy as unknown as T;
}

function isDictionary(value: unknown): value is Document {
	return typeIs(value, "table") && (value as unknown[])[0] === undefined && next(value as object)[0] !== 1;
}

/**
 * Fills fields missing from `data` with copies of the defaults, recursively through dictionaries (arrays are values).
 * Returns the dotted paths it filled.
 */
export function reconcile(data: Document, defaults: Document, prefix = ""): string[] {
	const filled: string[] = [];
	for (const [key, fallback] of pairs(defaults)) {
		const path = `${prefix}${key}`;
		const current = data[key];
		if (current === undefined) {
			data[key] = deepCopy(fallback);
			filled.push(path);
		} else if (isDictionary(fallback) && isDictionary(current) && next(fallback)[0] !== undefined) {
			for (const inner of reconcile(current, fallback, `${path}.`)) filled.push(inner);
		}
	}
	return filled;
}

function isBadNumber(value: unknown) {
	return typeIs(value, "number") && (value !== value || value === math.huge || value === -math.huge);
}

/**
 * Replaces values whose type differs from the default's (and numbers that are NaN or infinite) with the default.
 * Returns the dotted paths it repaired. Arrays must be arrays; their elements are left to the guard.
 */
export function repairTypes(data: Document, defaults: Document, prefix = ""): string[] {
	const repaired: string[] = [];
	for (const [key, fallback] of pairs(defaults)) {
		const path = `${prefix}${key}`;
		const current = data[key];
		if (current === undefined) continue;
		if (typeOf(current) !== typeOf(fallback) || isBadNumber(current)) {
			data[key] = deepCopy(fallback);
			repaired.push(path);
		} else if (isDictionary(fallback) && next(fallback)[0] !== undefined) {
			if (!isDictionary(current)) {
				data[key] = deepCopy(fallback);
				repaired.push(path);
			} else {
				for (const inner of repairTypes(current, fallback, `${path}.`)) repaired.push(inner);
			}
		}
	}
	return repaired;
}
