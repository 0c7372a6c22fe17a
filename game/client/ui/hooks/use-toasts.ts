import { useEffect, useRef, useState } from "@rbxts/react";
import { RejectionKind, rejectionKey, toldToPlayer } from "shared/remotes/rejection";
import { Localiser } from "shared/localisation/localiser";
import { EventSource, useEvent } from "./use-event";

export interface Toast {
	readonly id: number;
	readonly kind: "reward" | "error";
	readonly text: string;
}

/** How long a toast stays, in seconds, and how many show at once (the oldest goes first). */
export const TOAST_SECONDS = 4;
export const MAX_TOASTS = 4;

/** A reward's toast: "+25 coins: collected" in English (the reason is the server's word for it, a key's suffix). */
export function rewardText(localiser: Localiser, reason: string, coins: number) {
	const why = localiser.text(`Reward.${reason}`);
	return coins > 0 ? localiser.text("Toast.Reward", { coins: localiser.number(coins), reason: why }) : why;
}

/**
 * The toasts to show: one per reward and per refused action the player is told of (toldToPlayer), each kept for
 * TOAST_SECONDS, in the localiser's language (a refusal by its kind's string). `initial` seeds the list (stories); seeded toasts stay until newer ones push them
 * out.
 */
export function useToasts(
	localiser: Localiser,
	rewarded: EventSource<[reason: string, coins: number]> | undefined,
	rejected: EventSource<[action: string, message: string, kind: RejectionKind]> | undefined,
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

	useEvent(rewarded, (reason, coins) => push("reward", rewardText(localiser, reason, coins)));
	useEvent(rejected, (_action, _message, kind) => {
		if (toldToPlayer(kind)) push("error", localiser.text(rejectionKey(kind)));
	});
	return toasts;
}
