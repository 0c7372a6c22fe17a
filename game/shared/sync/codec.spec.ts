import { describe, expect, it } from "@rbxts/jest-globals";
import { decode, encode, MAX_STRINGS, StringTable } from "./codec";
import { applyPatch, diff } from "./diff";
import { NONE } from "./none";
import { PayloadDecoder, PayloadEncoder } from "./payload";

function randomState(random: Random, depth = 0): Record<string | number, unknown> {
	const state: Record<string | number, unknown> = {};
	for (let index = random.NextInteger(0, 6); index > 0; index--) {
		const pick = random.NextInteger(1, 10);
		const key = pick <= 6 ? `f${random.NextInteger(1, 8)}` : random.NextInteger(-2, 8);
		const kind = random.NextInteger(1, 8);
		state[key] =
			kind === 1
				? random.NextInteger(-300, 300)
				: kind === 2
					? random.NextNumber() * 1000
					: kind === 3
						? random.NextInteger(1, 2) === 1
						: kind === 4
							? `s${random.NextInteger(1, 30)}`
							: kind === 5
								? new Vector3(random.NextInteger(-9, 9), 0.5, 2)
								: depth < 3
									? randomState(random, depth + 1)
									: 2 ** 40;
	}
	return state;
}

describe("sync codec", () => {
	it("round-trips every kind of value a patch holds", () => {
		const value = {
			small: 7,
			zero: 0,
			big: 123456789,
			negative: -42,
			fraction: 0.25,
			precise: 0.1,
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
		// After the first entry, "points" (8 bytes) and "wins" (6 bytes) cost 1 byte each as references; the unique
		// names also carry 1-2 digits more. So 19 entries save at least 19 × 12 bytes.
		expect(buffer.len(encode(unique)) - buffer.len(encode(players))).toBeGreaterThanOrEqual(19 * 12);
		expect(decode(encode(players))).toEqual(players);
	});

	it("keeps its string table across payloads, bounded", () => {
		const [writing, reading] = [new StringTable(), new StringTable()];
		const first = encode({ coins: 5, name: "alice" }, writing);
		const second = encode({ coins: 6, name: "alice" }, writing);
		// 1 tag for the table, then 2 keys and 1 value as one-byte references and one inline number.
		expect(buffer.len(second)).toBe(5);
		expect(decode(first, reading)).toEqual({ coins: 5, name: "alice" });
		expect(decode(second, reading)).toEqual({ coins: 6, name: "alice" });
		for (let index = 0; index < MAX_STRINGS + 10; index++) writing.add(`k${index}`);
		expect(writing.size()).toBe(MAX_STRINGS);
		writing.add("x".rep(65));
		expect(writing.size()).toBe(MAX_STRINGS);
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
		expect(() => decode(buffer.fromstring("\xCC\x01\x05"))).toThrow("sync codec");
		// A reference to a string the table does not hold.
		expect(() => decode(buffer.fromstring("\xDE\x80\x01"))).toThrow("bad string reference");
	});

	it("refuses values it cannot encode", () => {
		expect(() => encode({ f: () => 1 })).toThrow("cannot encode");
	});

	it("fuzz: random states and random patches decode to the same state, payload after payload", () => {
		const random = new Random(21);
		const [encoder, decoder] = [new PayloadEncoder(), new PayloadDecoder()];
		let serverState: unknown = randomState(random);
		let clientState = decoder.decode(encoder.encode({ kind: "snapshot", seq: 1, updates: { v: serverState } }))
			.updates.v;
		expect(clientState).toEqual(serverState);
		for (let seq = 2; seq <= 400; seq++) {
			const nextState = randomState(random);
			const [changed, patch] = diff(serverState, nextState);
			const payload = decoder.decode(
				encoder.encode({ kind: "patch", seq, updates: changed ? { v: patch } : {} }),
			);
			expect(payload.seq).toBe(seq);
			if (changed) clientState = applyPatch(clientState, payload.updates.v);
			expect(clientState).toEqual(nextState);
			serverState = nextState;
		}
	});

	it("fuzz: a corrupt payload is rejected with an error, never decoded to a wrong state", () => {
		const random = new Random(22);
		const [encoder, decoder] = [new PayloadEncoder(), new PayloadDecoder()];
		decoder.decode(encoder.encode({ kind: "snapshot", seq: 1, updates: { v: randomState(random) } }));
		let seq = 1;
		for (let round = 0; round < 300; round++) {
			seq += 1;
			const state = randomState(random);
			const data = encoder.encode({ kind: "patch", seq, updates: { v: state } });
			const corrupt = buffer.create(buffer.len(data));
			buffer.copy(corrupt, 0, data);
			const at = random.NextInteger(0, buffer.len(data) - 1);
			buffer.writeu8(corrupt, at, bit32.bxor(buffer.readu8(corrupt, at), random.NextInteger(1, 255)));
			expect(() => decoder.decode(corrupt)).toThrow("sync ");
			// Rejected with nothing changed: the intact payload still decodes to the state that was sent.
			expect(decoder.decode(data).updates.v).toEqual(state);
		}
		const cut = encoder.encode({ kind: "patch", seq: seq + 1, updates: { v: 1 } });
		const short = buffer.create(buffer.len(cut) - 1);
		buffer.copy(short, 0, cut, 0, buffer.len(short));
		expect(() => decoder.decode(short)).toThrow("sync payload");
	});

	it("does not decode a patch after a gap, whose strings may be in the payload that was lost", () => {
		const [encoder, decoder] = [new PayloadEncoder(), new PayloadDecoder()];
		decoder.decode(encoder.encode({ kind: "snapshot", seq: 1, updates: { a: 1 } }));
		encoder.encode({ kind: "patch", seq: 2, updates: { lost: "defines strings" } });
		expect(decoder.decode(encoder.encode({ kind: "patch", seq: 3, updates: { lost: "defines strings" } }))).toEqual(
			{ kind: "patch", seq: 3, updates: {} },
		);
		const snapshot = decoder.decode(encoder.encode({ kind: "snapshot", seq: 4, updates: { lost: "again" } }));
		expect(snapshot.updates).toEqual({ lost: "again" });
	});
});
