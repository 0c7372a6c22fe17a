import { isNone, NONE } from "./none";
import { denseLength } from "./tables";

/**
 * A compact, schemaless binary encoding for sync values (a buffer crosses the network as 3 bytes + its length,
 * against 2 bytes + a tag per value and the full key text for every table field when a plain table is sent).
 *
 * Each value starts with a tag byte (TAG below). Integers 0..127 are the tag itself; other integers are a sign tag and
 * a varint; other numbers are f32 when that is exact, else f64. A string is sent once as its length and bytes and
 * then as its index in a string table, one byte for the first 64: field names, user ids and known values repeat in
 * every payload. The table lives as long as the caller keeps it (`StringTable`): the sync keeps one per client from
 * one snapshot to the next, so a field name costs its text once per connection. A string joins the table when it is
 * at most MAX_INTERNED_LENGTH long and the table holds fewer than MAX_STRINGS, the same rule on both sides, so the
 * table stays bounded whatever the state holds. Tables are a count followed by values (arrays: keys exactly 1..n) or
 * key/value pairs (every other table: string and number keys, so sparse arrays and mixed tables arrive whole), small
 * counts folded into the tag. NONE (a deleted key) has its own tag.
 */
const TAG = {
	maxInlineInteger: 127,
	firstShortReference: 128,
	lastShortReference: 191,
	reference: 192,
	string: 193,
	nil: 194,
	false: 195,
	true: 196,
	positive: 197,
	negative: 198,
	f32: 199,
	f64: 200,
	none: 201,
	vector3: 202,
	array: 203,
	dictionary: 204,
	firstShortArray: 205,
	lastShortArray: 220,
	firstShortDictionary: 221,
	lastShortDictionary: 252,
} as const;

const SHORT_REFERENCES = TAG.lastShortReference - TAG.firstShortReference + 1;
const SHORT_ARRAY = TAG.lastShortArray - TAG.firstShortArray + 1;
const SHORT_DICTIONARY = TAG.lastShortDictionary - TAG.firstShortDictionary + 1;

/** At most this many strings in one table; later strings are sent as text each time. */
export const MAX_STRINGS = 2048;
/** Longer strings are never added to the table (they rarely repeat). */
export const MAX_INTERNED_LENGTH = 64;

/** The strings one side has seen, in the order both sides add them. */
export class StringTable {
	readonly indexes = new Map<string, number>();
	readonly strings: string[] = [];

	size() {
		return this.strings.size();
	}

	/** Adds a string when the shared rule lets it in. */
	add(text: string) {
		if (this.strings.size() >= MAX_STRINGS || text.size() > MAX_INTERNED_LENGTH) return;
		this.indexes.set(text, this.strings.size());
		this.strings.push(text);
	}

	/** Forgets strings added after the first `size` (a decode that failed part-way leaves no trace). */
	truncate(size: number) {
		while (this.strings.size() > size) this.indexes.delete(this.strings.pop()!);
	}

	clear() {
		this.truncate(0);
	}
}

class Writer {
	buffer = buffer.create(64);
	offset = 0;
	constructor(readonly strings: StringTable) {}

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

	float(write: (data: buffer, offset: number, value: number) => void, size: number, value: number) {
		this.reserve(size);
		write(this.buffer, this.offset, value);
		this.offset += size;
	}

	/** A tag for small counts folded into it, else the long tag and a varint. */
	counted(first: number, slots: number, long: number, count: number) {
		if (count < slots) return this.byte(first + count);
		this.byte(long);
		this.varint(count);
	}

	text(value: string) {
		const index = this.strings.indexes.get(value);
		if (index !== undefined) {
			if (index < SHORT_REFERENCES) return this.byte(TAG.firstShortReference + index);
			this.byte(TAG.reference);
			return this.varint(index);
		}
		this.strings.add(value);
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
function keyBefore(a: string | number, b: string | number): boolean {
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

const f32Probe = buffer.create(4);

function writeNumber(writer: Writer, value: number) {
	if (value % 1 === 0 && math.abs(value) < 2 ** 52) {
		if (value >= 0 && value <= TAG.maxInlineInteger) return writer.byte(value);
		writer.byte(value >= 0 ? TAG.positive : TAG.negative);
		return writer.varint(value >= 0 ? value : -value - 1);
	}
	buffer.writef32(f32Probe, 0, value);
	const narrowed = buffer.readf32(f32Probe, 0);
	// NaN never equals itself, so it goes as f64 (its bits kept).
	if (narrowed === value) {
		writer.byte(TAG.f32);
		return writer.float(buffer.writef32, 4, value);
	}
	writer.byte(TAG.f64);
	writer.float(buffer.writef64, 8, value);
}

function writeValue(writer: Writer, value: unknown, depth: number) {
	if (depth > 32) throw "sync codec: value nested too deeply";
	if (value === undefined) return writer.byte(TAG.nil);
	if (value === true) return writer.byte(TAG.true);
	if (value === false) return writer.byte(TAG.false);
	if (typeIs(value, "number")) return writeNumber(writer, value);
	if (typeIs(value, "string")) return writer.text(value);
	if (typeIs(value, "Vector3")) {
		writer.byte(TAG.vector3);
		writer.float(buffer.writef32, 4, value.X);
		writer.float(buffer.writef32, 4, value.Y);
		return writer.float(buffer.writef32, 4, value.Z);
	}
	if (typeIs(value, "table")) {
		if (isNone(value)) return writer.byte(TAG.none);
		const entries = value as Record<string | number, unknown>;
		const length = denseLength(entries);
		if (length !== undefined) {
			writer.counted(TAG.firstShortArray, SHORT_ARRAY, TAG.array, length);
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
		// Keys in sorted order (numbers first): a table's iteration order follows how it was built, and the order in
		// which strings join the table changes the bytes, so equal states would otherwise encode differently. One key
		// list per depth is reused, since a payload holds many small dictionaries.
		if (keys.size() > 1) keys.sort(keyBefore);
		writer.counted(TAG.firstShortDictionary, SHORT_DICTIONARY, TAG.dictionary, keys.size());
		for (const key of keys) {
			writeValue(writer, key, depth + 1);
			writeValue(writer, entries[key], depth + 1);
		}
		return;
	}
	throw `sync codec: cannot encode a ${typeOf(value)}`;
}

class Reader {
	offset = 0;
	constructor(
		readonly data: buffer,
		readonly strings: StringTable,
	) {}

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

function referenced(reader: Reader, index: number): string {
	const text = reader.strings.strings[index];
	if (text === undefined) throw "sync codec: bad string reference";
	return text;
}

function readArray(reader: Reader, count: number, depth: number): unknown[] {
	const list: unknown[] = [];
	for (let index = 0; index < count; index++) {
		const element = readValue(reader, depth + 1);
		if (element === undefined) throw "sync codec: an array element is nil";
		list[index] = element;
	}
	return list;
}

function readDictionary(reader: Reader, count: number, depth: number): Record<string | number, unknown> {
	const result: Record<string | number, unknown> = {};
	for (let index = 0; index < count; index++) {
		const key = readValue(reader, depth + 1);
		if (!typeIs(key, "string") && !(typeIs(key, "number") && key === key)) {
			throw "sync codec: a table key is neither a string nor a number";
		}
		const element = readValue(reader, depth + 1);
		if (element === undefined) throw "sync codec: a table entry has no value";
		result[key] = element;
	}
	return result;
}

function readValue(reader: Reader, depth: number): unknown {
	if (depth > 32) throw "sync codec: payload nested too deeply";
	const tag = reader.byte();
	if (tag <= TAG.maxInlineInteger) return tag;
	if (tag <= TAG.lastShortReference) return referenced(reader, tag - TAG.firstShortReference);
	if (tag >= TAG.firstShortArray && tag <= TAG.lastShortArray) {
		return readArray(reader, tag - TAG.firstShortArray, depth);
	}
	if (tag >= TAG.firstShortDictionary && tag <= TAG.lastShortDictionary) {
		return readDictionary(reader, tag - TAG.firstShortDictionary, depth);
	}
	switch (tag) {
		case TAG.reference:
			return referenced(reader, reader.varint());
		case TAG.string: {
			const size = reader.varint();
			if (reader.offset + size > buffer.len(reader.data)) throw "sync codec: string past the end of payload";
			const text = buffer.readstring(reader.data, reader.offset, size);
			reader.offset += size;
			reader.strings.add(text);
			return text;
		}
		case TAG.nil:
			return undefined;
		case TAG.false:
			return false;
		case TAG.true:
			return true;
		case TAG.positive:
			return reader.varint();
		case TAG.negative:
			return -reader.varint() - 1;
		case TAG.f32:
			return reader.number(buffer.readf32, 4);
		case TAG.f64:
			return reader.number(buffer.readf64, 8);
		case TAG.none:
			return NONE;
		case TAG.vector3:
			return new Vector3(
				reader.number(buffer.readf32, 4),
				reader.number(buffer.readf32, 4),
				reader.number(buffer.readf32, 4),
			);
		case TAG.array:
			return readArray(reader, reader.varint(), depth);
		case TAG.dictionary:
			return readDictionary(reader, reader.varint(), depth);
	}
	throw `sync codec: unknown tag ${tag}`;
}

/** Encodes one value; strings join `strings` (a fresh table when none is given). */
export function encode(value: unknown, strings = new StringTable()): buffer {
	const writer = new Writer(strings);
	writeValue(writer, value, 0);
	return writer.finish();
}

/**
 * Decodes one value with the same string table the encoder had; throws a clear message on malformed input (never
 * reads past the buffer), and then leaves `strings` as it was.
 */
export function decode(data: buffer, strings = new StringTable()): unknown {
	const reader = new Reader(data, strings);
	const size = strings.size();
	const [ok, value] = pcall(() => {
		const result = readValue(reader, 0);
		if (reader.offset !== buffer.len(data)) throw "sync codec: trailing bytes after the payload";
		return result;
	});
	if (!ok) {
		strings.truncate(size);
		throw value;
	}
	return value;
}
