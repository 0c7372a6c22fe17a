import { useEffect, useRef, useState } from "@rbxts/react";
import { EventSource, useEvent } from "./use-event";

export interface Toast {
	readonly id: number;
	readonly kind: "reward" | "error";
	readonly text: string;
}

/** How long a toast stays, in seconds, and how many show at once (the oldest goes first). */
export const TOAST_SECONDS = 4;
export const MAX_TOASTS = 4;

export function rewardText(reason: string, coins: number) {
	return coins > 0 ? `+${coins} coins: ${reason}` : reason;
}

/**
 * The toasts to show: one per reward and per refused action, each kept for TOAST_SECONDS. `initial` seeds the list
 * (stories); seeded toasts stay until newer ones push them out.
 */
export function useToasts(
	rewarded: EventSource<[reason: string, coins: number]> | undefined,
	rejected: EventSource<[action: string, reason: string]> | undefined,
	initial: ReadonlyArray<Toast> = [],
): ReadonlyArray<Toast> {
	const [toasts, setToasts] = useState<ReadonlyArray<Toast>>(initial);
	const nextId = useRef(initial.reduce((highest, toast) => math.max(highest, toast.id), 0) + 1);
	const timers = useRef(new Set<thread>());
	useEffect(() => {
		const pending = timers.current;
		return () => {
			for (const timer of pending) if (coroutine.status(timer) === "suspended") task.cancel(timer);
			pending.clear();
		};
	}, []);

	const push = (kind: Toast["kind"], text: string) => {
		const id = nextId.current;
		nextId.current += 1;
		setToasts((current) => {
			const all = [...current, { id, kind, text }];
			return all.filter((_, index) => index >= all.size() - MAX_TOASTS);
		});
		const timer = task.delay(TOAST_SECONDS, () => {
			timers.current.delete(timer);
			setToasts((current) => current.filter((toast) => toast.id !== id));
		});
		timers.current.add(timer);
	};

	useEvent(rewarded, (reason, coins) => push("reward", rewardText(reason, coins)));
	useEvent(rejected, (_action, reason) => push("error", reason));
	return toasts;
}
