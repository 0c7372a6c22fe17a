import { isNone, NONE } from "./none";
import { denseLength } from "./tables";

type Table = Record<string | number, unknown>;

/** An array is a table whose keys are exactly 1..n (or an empty table); arrays are sent whole. */
export function isArray(value: unknown): boolean {
	return typeIs(value, "table") && denseLength(value as object) !== undefined;
}

function isDictionary(value: unknown): value is Table {
	return typeIs(value, "table") && !isArray(value);
}

/**
 * The recursive delta from `previous` to `current`: unchanged fields are left out, deleted ones become NONE. A table
 * that was a dictionary (any table whose keys are not exactly 1..n) gets a patch by key, whatever it became; anything
 * else (an array, a value, nothing) is replaced whole. So `applyPatch` can tell the two apart by the previous value
 * alone, even when a patch by key happens to look like an array. Returns `[false]` when nothing changed. Relies on
 * immutable state: a field that is the same reference is unchanged and not looked into.
 */
export function diff(previous: unknown, current: unknown): [changed: boolean, patch?: unknown] {
	if (previous === current) return [false];
	if (current === undefined) return [true, NONE];
	if (!isDictionary(previous) || !typeIs(current, "table")) {
		if (isArray(previous) && isArray(current) && arraysEqual(previous as unknown[], current as unknown[]))
			return [false];
		return [true, current];
	}
	const patch: Table = {};
	let changed = false;
	for (const [key, value] of pairs(current as Table)) {
		const [fieldChanged, fieldPatch] = diff(previous[key], value);
		if (fieldChanged) {
			patch[key] = fieldPatch;
			changed = true;
		}
	}
	for (const [key] of pairs(previous)) {
		if ((current as Table)[key] === undefined) {
			patch[key] = NONE;
			changed = true;
		}
	}
	return changed ? [true, patch] : [false];
}

function arraysEqual(a: unknown[], b: unknown[]): boolean {
	if (a.size() !== b.size()) return false;
	for (let index = 0; index < a.size(); index++) {
		const [changed] = diff(a[index], b[index]);
		if (changed) return false;
	}
	return true;
}

/** Applies a patch from `diff` to a value, returning a new value and sharing every unchanged part with the old one. */
export function applyPatch<T>(previous: T, patch: unknown): T {
	if (isNone(patch)) return undefined as T;
	if (!typeIs(patch, "table") || !isDictionary(previous)) return patch as T;
	const result = table.clone(previous as Table);
	for (const [key, fieldPatch] of pairs(patch as Table)) {
		result[key] = applyPatch(result[key], fieldPatch);
	}
	return result as T;
}
