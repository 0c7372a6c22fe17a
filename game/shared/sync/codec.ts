import { isNone, NONE } from "./none";
import { denseLength } from "./tables";

/**
 * A compact, schemaless binary encoding for sync payloads (a buffer crosses the network as 3 bytes + its length,
 * against 2 bytes + a tag per value and the full key text for every table field when a plain table is sent).
 *
 * Each value starts with a tag byte. Small non-negative integers (< 200) are the tag itself; other integers are
 * zig-zag varints; other numbers are f64. Strings are varint length + bytes, and a string already seen in the same
 * message is sent as a reference to its first occurrence (field names repeat a lot across players). Tables are a
 * count followed by values (arrays: keys exactly 1..n) or key/value pairs (every other table: string and number keys,
 * so sparse arrays and mixed tables arrive whole). NONE (a deleted key) has its own tag.
 */
const TAG = {
	maxInlineInteger: 199,
	nil: 200,
	false: 201,
	true: 202,
	integer: 203,
	float: 204,
	string: 205,
	stringReference: 206,
	array: 207,
	dictionary: 208,
	none: 209,
	vector3: 210,
} as const;

class Writer {
	buffer = buffer.create(64);
	offset = 0;
	strings = new Map<string, number>();

	private reserve(bytes: number) {
		const needed = this.offset + bytes;
		if (needed <= buffer.len(this.buffer)) return;
		let size = buffer.len(this.buffer) * 2;
		while (size < needed) size *= 2;
		const grown = buffer.create(size);
		buffer.copy(grown, 0, this.buffer, 0, this.offset);
		this.buffer = grown;
	}

	byte(value: number) {
		this.reserve(1);
		buffer.writeu8(this.buffer, this.offset, value);
		this.offset += 1;
	}

	varint(value: number) {
		let rest = value;
		while (rest >= 128) {
			this.byte((rest % 128) + 128);
			rest = math.floor(rest / 128);
		}
		this.byte(rest);
	}

	f32(value: number) {
		this.reserve(4);
		buffer.writef32(this.buffer, this.offset, value);
		this.offset += 4;
	}

	f64(value: number) {
		this.reserve(8);
		buffer.writef64(this.buffer, this.offset, value);
		this.offset += 8;
	}

	text(value: string) {
		const reference = this.strings.get(value);
		if (reference !== undefined) {
			this.byte(TAG.stringReference);
			this.varint(reference);
			return;
		}
		this.strings.set(value, this.strings.size());
		this.byte(TAG.string);
		this.varint(value.size());
		this.reserve(value.size());
		buffer.writestring(this.buffer, this.offset, value);
		this.offset += value.size();
	}

	finish(): buffer {
		const result = buffer.create(this.offset);
		buffer.copy(result, 0, this.buffer, 0, this.offset);
		return result;
	}
}

const keyLists: (string | number)[][] = [];

/** Numbers before strings, each in its natural order. */
function keyBefore(a: defined, b: defined): boolean {
	const [aNumber, bNumber] = [typeIs(a, "number"), typeIs(b, "number")];
	if (aNumber !== bNumber) return aNumber;
	return (a as string) < (b as string);
}

/** The key list for tables at `depth` (the caller clears it): a nested table uses the next one. */
function keyListAt(depth: number): (string | number)[] {
	let list = keyLists[depth];
	if (list === undefined) {
		list = [];
		keyLists[depth] = list;
	}
	return list;
}

function writeValue(writer: Writer, value: unknown, depth: number) {
	if (depth > 32) throw "sync codec: value nested too deeply";
	if (value === undefined) return writer.byte(TAG.nil);
	if (value === true) return writer.byte(TAG.true);
	if (value === false) return writer.byte(TAG.false);
	if (typeIs(value, "number")) {
		if (value % 1 === 0 && value >= 0 && value <= TAG.maxInlineInteger) return writer.byte(value);
		if (value % 1 === 0 && math.abs(value) < 2 ** 52) {
			writer.byte(TAG.integer);
			return writer.varint(value >= 0 ? value * 2 : -value * 2 - 1);
		}
		writer.byte(TAG.float);
		return writer.f64(value);
	}
	if (typeIs(value, "string")) return writer.text(value);
	if (typeIs(value, "Vector3")) {
		writer.byte(TAG.vector3);
		writer.f32(value.X);
		writer.f32(value.Y);
		return writer.f32(value.Z);
	}
	if (typeIs(value, "table")) {
		if (isNone(value)) return writer.byte(TAG.none);
		const entries = value as Record<string | number, unknown>;
		const length = denseLength(entries);
		if (length !== undefined) {
			writer.byte(TAG.array);
			writer.varint(length);
			for (let index = 1; index <= length; index++) writeValue(writer, entries[index], depth + 1);
			return;
		}
		const keys = keyListAt(depth);
		// Cleared first: an encode that threw part-way may have left keys behind.
		keys.clear();
		for (const [key] of pairs(entries)) {
			if (typeIs(key, "number")) {
				if (key !== key || key === math.huge || key === -math.huge)
					throw "sync codec: a table key is not finite";
			} else if (!typeIs(key, "string")) {
				throw `sync codec: table keys must be strings or numbers, got ${typeOf(key)}`;
			}
			keys.push(key);
		}
		// Keys in sorted order (numbers first): a table's iteration order follows how it was built, and with string
		// references the order changes the encoded size, so equal states would otherwise encode to different bytes. One
		// key list per depth is reused, since a payload holds many small dictionaries.
		if (keys.size() > 1) (keys as defined[]).sort(keyBefore);
		writer.byte(TAG.dictionary);
		writer.varint(keys.size());
		for (const key of keys as defined[]) {
			writeValue(writer, key, depth + 1);
			writeValue(writer, entries[key as string], depth + 1);
		}
		return;
	}
	throw `sync codec: cannot encode a ${typeOf(value)}`;
}

class Reader {
	offset = 0;
	strings: string[] = [];
	constructor(readonly data: buffer) {}

	byte(): number {
		if (this.offset >= buffer.len(this.data)) throw "sync codec: unexpected end of payload";
		const value = buffer.readu8(this.data, this.offset);
		this.offset += 1;
		return value;
	}

	varint(): number {
		let result = 0;
		let scale = 1;
		for (let index = 0; index < 8; index++) {
			const value = this.byte();
			result += (value % 128) * scale;
			if (value < 128) return result;
			scale *= 128;
		}
		throw "sync codec: varint too long";
	}

	number(reader: (data: buffer, offset: number) => number, size: number): number {
		if (this.offset + size > buffer.len(this.data)) throw "sync codec: unexpected end of payload";
		const value = reader(this.data, this.offset);
		this.offset += size;
		return value;
	}
}

function readValue(reader: Reader, depth: number): unknown {
	if (depth > 32) throw "sync codec: payload nested too deeply";
	const tag = reader.byte();
	if (tag <= TAG.maxInlineInteger) return tag;
	switch (tag) {
		case TAG.nil:
			return undefined;
		case TAG.false:
			return false;
		case TAG.true:
			return true;
		case TAG.integer: {
			const zigzag = reader.varint();
			return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
		}
		case TAG.float:
			return reader.number(buffer.readf64, 8);
		case TAG.string: {
			const size = reader.varint();
			if (reader.offset + size > buffer.len(reader.data)) throw "sync codec: string past the end of payload";
			const text = buffer.readstring(reader.data, reader.offset, size);
			reader.offset += size;
			reader.strings.push(text);
			return text;
		}
		case TAG.stringReference: {
			const text = reader.strings[reader.varint()];
			if (text === undefined) throw "sync codec: bad string reference";
			return text;
		}
		case TAG.array: {
			const count = reader.varint();
			const list: unknown[] = [];
			for (let index = 0; index < count; index++) {
				const element = readValue(reader, depth + 1);
				if (element === undefined) throw "sync codec: an array element is nil";
				list[index] = element;
			}
			return list;
		}
		case TAG.dictionary: {
			const count = reader.varint();
			const result: Record<string, unknown> = {};
			for (let index = 0; index < count; index++) {
				const key = readValue(reader, depth + 1);
				if (!typeIs(key, "string") && !(typeIs(key, "number") && key === key)) {
					throw "sync codec: a table key is neither a string nor a number";
				}
				const element = readValue(reader, depth + 1);
				if (element === undefined) throw "sync codec: a table entry has no value";
				result[key as string] = element;
			}
			return result;
		}
		case TAG.none:
			return NONE;
		case TAG.vector3:
			return new Vector3(
				reader.number(buffer.readf32, 4),
				reader.number(buffer.readf32, 4),
				reader.number(buffer.readf32, 4),
			);
	}
	throw `sync codec: unknown tag ${tag}`;
}

export function encode(value: unknown): buffer {
	const writer = new Writer();
	writeValue(writer, value, 0);
	return writer.finish();
}

/** Decodes a payload; throws a clear message on malformed input (never reads past the buffer). */
export function decode(data: buffer): unknown {
	const reader = new Reader(data);
	const value = readValue(reader, 0);
	if (reader.offset !== buffer.len(data)) throw "sync codec: trailing bytes after the payload";
	return value;
}
