import { DependencyList, useEffect, useRef, useState } from "@rbxts/react";

/** Slack after a computed change time, so a wake lands after the boundary, never on it. */
const WAKE_SLACK = 1 / 120;

/**
 * A value that depends on a clock (a timer's text, a report's age): read on every render, and re-read when
 * `secondsUntilChange` says it will next change. The thread sleeps until then instead of polling, so a countdown
 * costs one wake per shown second and a "3d 4h" caption one per hour. React skips the render when the value read is
 * the same. `deps` restart the schedule (the end time changed).
 */
export function useClock<T>(read: () => T, secondsUntilChange: () => number, deps: DependencyList): T {
	const value = read();
	const [, setShown] = useState(value);
	const latest = useRef({ read, secondsUntilChange });
	latest.current = { read, secondsUntilChange };
	useEffect(() => {
		let running = true;
		const thread = task.spawn(() => {
			while (running) {
				const wait = latest.current.secondsUntilChange();
				if (wait === math.huge) return;
				task.wait(math.max(wait, 0) + WAKE_SLACK);
				if (running) setShown(latest.current.read());
			}
		});
		return () => {
			running = false;
			if (coroutine.status(thread) === "suspended") task.cancel(thread);
		};
	}, deps);
	return value;
}

/** Seconds until `math.ceil(endsAt - now)` changes: a countdown shown in whole seconds (math.huge once it is over). */
export function untilCountdownTicks(endsAt: number, now: number): number {
	const remaining = endsAt - now;
	if (remaining <= 0) return math.huge;
	return remaining - math.ceil(remaining) + 1;
}

/** Seconds until `math.floor(now - since)` changes: an age shown in whole seconds. */
export function untilAgeTicks(since: number, now: number): number {
	const age = now - since;
	return math.floor(age) + 1 - age;
}
