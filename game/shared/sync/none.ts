/** The marker a patch carries for a deleted key (charm-sync's `{ __none = "__none" }`). */
export const NONE = { __none: "__none" } as const;
export type NoneMarker = typeof NONE;

export function isNone(value: unknown): value is NoneMarker {
	return typeIs(value, "table") && (value as { __none?: unknown }).__none === "__none";
}
