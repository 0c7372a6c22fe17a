import { Binding, DependencyList, useBinding, useEffect, useRef } from "@rbxts/react";

/** Slack after a computed change time, so a wake lands after the boundary, never on it. */
const WAKE_SLACK = 1 / 120;

/**
 * A value that depends on a clock (a timer's text, a report's age), as a binding: React writes a binding's changes
 * straight to the instance property, without rendering the component again, which is how react-lua expects values
 * that change on a timer to be shown. The thread sleeps until `secondsUntilChange` says the value next changes
 * instead of polling, so a countdown costs one wake per shown second and a "3d 4h" caption one per hour. `deps`
 * restart the schedule (the end time changed); the value is also read again after every render.
 */
export function useClock<T>(read: () => T, secondsUntilChange: () => number, deps: DependencyList): Binding<T> {
	const [value, setValue] = useBinding(read());
	const latest = useRef({ read, secondsUntilChange });
	latest.current = { read, secondsUntilChange };
	useEffect(() => setValue(latest.current.read()));
	useEffect(() => {
		let running = true;
		const thread = task.spawn(() => {
			while (running) {
				const wait = latest.current.secondsUntilChange();
				if (wait === math.huge) return;
				task.wait(math.max(wait, 0) + WAKE_SLACK);
				if (running) setValue(latest.current.read());
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
