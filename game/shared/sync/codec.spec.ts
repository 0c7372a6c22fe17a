import { describe, expect, it } from "@rbxts/jest-globals";
import { decode, encode } from "./codec";
import { NONE } from "./none";

describe("sync codec", () => {
	it("round-trips every kind of value a patch holds", () => {
		const value = {
			small: 7,
			zero: 0,
			big: 123456789,
			negative: -42,
			fraction: 0.25,
			flag: true,
			off: false,
			text: "hello",
			list: [1, "two", { three: 3 }],
			empty: [] as unknown[],
			gone: NONE,
			position: new Vector3(1.5, -2, 3),
			nested: { deeper: { deepest: "x" } },
		};
		expect(decode(encode(value))).toEqual(value);
	});

	it("writes a repeated string once and refers to it afterwards", () => {
		const players: Record<string, Record<string, number>> = {};
		const unique: Record<string, Record<string, number>> = {};
		for (let index = 1; index <= 20; index++) {
			players[`${index}`] = { points: index, wins: 1 };
			unique[`${index}`] = { [`points${index}`]: index, [`wins${index}`]: 1 };
		}
		// After the first entry, "points" (8 bytes) and "wins" (6 bytes) cost 2 bytes each as references; the unique
		// names also carry 1-2 digits more. So 19 entries save at least 19 × 10 bytes.
		expect(buffer.len(encode(unique)) - buffer.len(encode(players))).toBeGreaterThanOrEqual(19 * 10);
		expect(decode(encode(players))).toEqual(players);
	});

	it("encodes equal dictionaries to the same bytes, however they were built", () => {
		// Built in opposite orders, with a key added and removed on the way: the tables iterate differently.
		const forward: Record<string, unknown> = {};
		const backward: Record<string, unknown> = {};
		for (let index = 1; index <= 40; index++) forward[`player${index}`] = { name: `n${index % 7}`, points: index };
		for (let index = 40; index >= 1; index--) {
			backward[`extra${index}`] = true;
			backward[`player${index}`] = { name: `n${index % 7}`, points: index };
			delete backward[`extra${index}`];
		}
		const [first, second] = [encode(forward), encode(backward)];
		expect(buffer.len(second)).toBe(buffer.len(first));
		// Compared as a flag: Jest's diff of binary text is unreadable.
		expect(buffer.tostring(second) === buffer.tostring(first)).toBe(true);
	});

	it("rejects truncated and garbage payloads with a clear error", () => {
		const good = encode({ name: "a long enough string" });
		const truncated = buffer.create(buffer.len(good) - 3);
		buffer.copy(truncated, 0, good, 0, buffer.len(truncated));
		expect(() => decode(truncated)).toThrow("sync codec");
		expect(() => decode(buffer.fromstring("\xFF\xFF"))).toThrow("sync codec");
		expect(() => decode(buffer.fromstring("\xD0\x01\x05"))).toThrow("sync codec");
	});

	it("refuses values it cannot encode", () => {
		expect(() => encode({ f: () => 1 })).toThrow("cannot encode");
	});
});
