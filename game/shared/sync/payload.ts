import { decode, encode } from "./codec";

/** What the server sends a client: a full snapshot of its keys, or the patches since the last payload. */
export interface SyncPayload {
	readonly kind: "snapshot" | "patch";
	/** 1, 2, 3... per client; a client that sees a gap asks for a snapshot. */
	readonly seq: number;
	readonly updates: Readonly<Record<string, unknown>>;
}

export function encodePayload(payload: SyncPayload): buffer {
	return encode([payload.kind === "snapshot" ? 1 : 0, payload.seq, payload.updates]);
}

/** Decodes a payload, or throws with the reason it is malformed. */
export function decodePayload(data: buffer): SyncPayload {
	const decoded = decode(data);
	if (!typeIs(decoded, "table")) throw "sync payload: not a list";
	const [kind, seq, updates] = decoded as [unknown, unknown, unknown];
	if ((kind !== 0 && kind !== 1) || !typeIs(seq, "number") || seq < 1 || seq % 1 !== 0 || !typeIs(updates, "table")) {
		throw "sync payload: malformed header";
	}
	return { kind: kind === 1 ? "snapshot" : "patch", seq, updates: updates as Record<string, unknown> };
}
