import { Getter, subscribe } from "@rbxts/charm";
import { useEffect, useState } from "@rbxts/react";

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
