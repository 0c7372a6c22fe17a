import { useEffect, useRef } from "@rbxts/react";

/** Anything with a `connect` method: Flamework's networking events, the shared TypedEvent. */
export interface Connectable<Arguments extends unknown[]> {
	connect(listener: (...args: Arguments) => void): RBXScriptConnection | (() => void);
}

export type EventSource<Arguments extends unknown[]> =
	RBXScriptSignal<(...args: Arguments) => void> | Connectable<Arguments>;

function connectTo<Arguments extends unknown[]>(
	source: EventSource<Arguments>,
	listener: (...args: Arguments) => void,
): () => void {
	if (typeIs(source, "RBXScriptSignal")) {
		const connection = source.Connect(listener);
		return () => connection.Disconnect();
	}
	const handle = (source as Connectable<Arguments>).connect(listener);
	return typeIs(handle, "function") ? handle : () => handle.Disconnect();
}

/**
 * Listens to an event while the component is mounted. The listener may change on every render (the latest one is
 * called); a different source reconnects.
 */
export function useEvent<Arguments extends unknown[]>(
	source: EventSource<Arguments> | undefined,
	listener: (...args: Arguments) => void,
) {
	const latest = useRef(listener);
	latest.current = listener;
	useEffect(() => {
		if (source === undefined) return;
		return connectTo(source, (...args: Arguments) => latest.current(...args));
	}, [source]);
}
