import { useEffect, useRef } from "@rbxts/react";

/**
 * Calls `callback` every `seconds` while the component is mounted (undefined: paused). The latest callback is
 * called, so it may close over fresh props.
 */
export function useInterval(callback: () => void, seconds: number | undefined) {
	const latest = useRef(callback);
	latest.current = callback;
	useEffect(() => {
		if (seconds === undefined) return;
		let running = true;
		const thread = task.spawn(() => {
			while (running) {
				task.wait(seconds);
				if (running) latest.current();
			}
		});
		return () => {
			running = false;
			if (coroutine.status(thread) === "suspended") task.cancel(thread);
		};
	}, [seconds]);
}
