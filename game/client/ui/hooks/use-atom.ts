import { Getter, subscribe } from "@rbxts/charm";
import { useEffect, useMemo, useState } from "@rbxts/react";

/**
 * Reads a Charm atom (or any getter built from atoms) and re-renders when its value changes. Charm's bundled hook
 * looks for another React package layout, so Altair keeps its own.
 *
 * The getter should be stable (defined outside the component or memoized); a new getter resubscribes.
 */
export function useAtom<T>(getter: Getter<T>): T {
	const [value, setValue] = useState(getter);
	useEffect(() => {
		// The value may have changed between render and subscription.
		setValue(() => getter());
		return subscribe(getter, (current) => setValue(() => current));
	}, [getter]);
	return value;
}

/**
 * Reads one part of an atom: re-renders only when `selector`'s result changes (by identity), not on every change of
 * the atom. `selector` should be a module-level function; the synced state is immutable, so an untouched part keeps its
 * identity across patches.
 */
export function useSelected<T, U>(getter: Getter<T>, selector: (value: T) => U): U {
	const selected = useMemo(() => () => selector(getter()), [getter, selector]);
	return useAtom(selected);
}
