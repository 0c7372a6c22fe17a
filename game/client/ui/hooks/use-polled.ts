import { useState } from "@rbxts/react";
import { useInterval } from "./use-interval";

/**
 * A value read from something React cannot watch (the clock): read on every render, and polled every `seconds` to
 * re-render when it changed. React skips the re-render when the polled value is the same.
 */
export function usePolled<T>(read: () => T, seconds: number): T {
	const value = read();
	const [, setPolled] = useState(value);
	useInterval(() => setPolled(() => read()), seconds);
	return value;
}
