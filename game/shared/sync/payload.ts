import { decode, encode, StringTable } from "./codec";

/** What the server sends a client: a full snapshot of its keys, or the patches since the last payload. */
export interface SyncPayload {
	readonly kind: "snapshot" | "patch";
	/** 1, 2, 3... per client; a client that sees a gap asks for a snapshot. */
	readonly seq: number;
	readonly updates: Readonly<Record<string, unknown>>;
}

/**
 * The wire form of one payload: a header, the updates in the codec's form, and a 16-bit checksum of both (Fletcher's,
 * modulo 256, so any change to one byte is caught).
 * The header is the kind (0 patch, 1 snapshot), the sequence number and the size of the string table before the
 * updates, all varints. The string table spans payloads (codec.ts), so both ends keep one per connection: a snapshot
 * starts it afresh, and a patch is decoded only when it is the next in sequence and the tables agree in size; a patch
 * after a gap is returned with no updates (its strings may be defined in the payload that was lost), and the client
 * asks for a snapshot. A payload whose checksum or header does not match is rejected with an error, so a corrupt
 * buffer never becomes a wrong state.
 */
const HEADER_MAX = 1 + 8 + 8;

function checksum(data: buffer, size: number): number {
	let low = 0;
	let high = 0;
	for (let index = 0; index < size; index++) {
		low = (low + buffer.readu8(data, index)) % 256;
		high = (high + low) % 256;
	}
	return high * 256 + low;
}

function writeVarint(data: buffer, offset: number, value: number): number {
	let rest = value;
	while (rest >= 128) {
		buffer.writeu8(data, offset, (rest % 128) + 128);
		offset += 1;
		rest = math.floor(rest / 128);
	}
	buffer.writeu8(data, offset, rest);
	return offset + 1;
}

function readVarint(data: buffer, offset: number, limit: number): [number, number] {
	let result = 0;
	let scale = 1;
	for (let index = 0; index < 8; index++) {
		if (offset >= limit) throw "sync payload: header past the end";
		const value = buffer.readu8(data, offset);
		offset += 1;
		result += (value % 128) * scale;
		if (value < 128) return [result, offset];
		scale *= 128;
	}
	throw "sync payload: varint too long";
}

/** The server's end of one client's connection. */
export class PayloadEncoder {
	private readonly strings = new StringTable();

	encode(payload: SyncPayload): buffer {
		if (payload.kind === "snapshot") this.strings.clear();
		const header = buffer.create(HEADER_MAX);
		let offset = writeVarint(header, 0, payload.kind === "snapshot" ? 1 : 0);
		offset = writeVarint(header, offset, payload.seq);
		offset = writeVarint(header, offset, this.strings.size());
		const body = encode(payload.updates, this.strings);
		const size = offset + buffer.len(body);
		const data = buffer.create(size + 2);
		buffer.copy(data, 0, header, 0, offset);
		buffer.copy(data, offset, body);
		buffer.writeu16(data, size, checksum(data, size));
		return data;
	}
}

/** The client's end: decodes payloads in the order they arrive. */
export class PayloadDecoder {
	private readonly strings = new StringTable();
	/** The sequence number the next patch must have to be decoded (0: no snapshot yet). */
	private expected = 0;

	/** Decodes a payload, or throws with the reason it is malformed (and then forgets nothing it knew). */
	decode(data: buffer): SyncPayload {
		const size = buffer.len(data) - 2;
		if (size < 3) throw "sync payload: too short";
		if (buffer.readu16(data, size) !== checksum(data, size)) throw "sync payload: checksum mismatch";
		const [kind, afterKind] = readVarint(data, 0, size);
		const [seq, afterSeq] = readVarint(data, afterKind, size);
		const [tableSize, bodyAt] = readVarint(data, afterSeq, size);
		if ((kind !== 0 && kind !== 1) || seq < 1) throw "sync payload: malformed header";
		if (kind === 0 && seq !== this.expected) return { kind: "patch", seq, updates: {} };
		const body = buffer.create(size - bodyAt);
		buffer.copy(body, 0, data, bodyAt, size - bodyAt);
		if (kind === 1) {
			if (tableSize !== 0) throw "sync payload: a snapshot must start a new string table";
			const strings = new StringTable();
			const updates = checkedUpdates(decode(body, strings));
			this.strings.clear();
			for (const text of strings.strings) this.strings.add(text);
			this.expected = seq + 1;
			return { kind: "snapshot", seq, updates };
		}
		if (tableSize !== this.strings.size()) throw "sync payload: string table out of step";
		const updates = checkedUpdates(decode(body, this.strings));
		this.expected = seq + 1;
		return { kind: "patch", seq, updates };
	}
}

function checkedUpdates(value: unknown): Record<string, unknown> {
	if (!typeIs(value, "table")) throw "sync payload: updates are not a table";
	for (const [key] of pairs(value)) if (!typeIs(key, "string")) throw "sync payload: an update key is not a string";
	return value as Record<string, unknown>;
}
