import { describe, expect, it } from "@rbxts/jest-globals";
import { atom } from "@rbxts/charm";
import { SyncClient } from "./client";
import { PayloadDecoder, PayloadEncoder, SyncPayload } from "./payload";
import { SyncServer } from "./server";

type Player = { name: string };

function setup() {
	const players = atom<Record<string, { coins: number; secret: string }>>({
		a: { coins: 1, secret: "a-secret" },
		b: { coins: 2, secret: "b-secret" },
	});
	const round = atom({ round: 1 });
	const server = new SyncServer<Player>();
	const alice: Player = { name: "alice" };
	const sent: { to: Player; payload: SyncPayload; bytes: number; data: buffer }[] = [];
	const [encoder, decoder] = [new PayloadEncoder(), new PayloadDecoder()];
	server.connect((to, payload) => {
		// Through the real wire format, as the network carries it; what is dropped from `sent` is lost in transit.
		const data = encoder.encode(payload);
		sent.push({ to, payload: payload, bytes: buffer.len(data), data });
	});
	const own = () => players().a;
	server.addSignalsToClient(alice, { "player:a": own, game: round });
	const mirror = { own: atom<unknown>(undefined), game: atom<unknown>(undefined) };
	let snapshotRequests = 0;
	const client = new SyncClient(() => {
		snapshotRequests += 1;
		server.requestSnapshot(alice);
	});
	client.addSignals({ "player:a": mirror.own, game: mirror.game });
	const deliver = () => {
		for (const message of sent) if (message.to === alice) client.patch(decoder.decode(message.data));
		sent.clear();
	};
	return { players, round, server, client, mirror, sent, deliver, alice, snapshotRequests: () => snapshotRequests };
}

describe("SyncServer and SyncClient", () => {
	it("sends nothing before the client asks, then a snapshot of only its keys", () => {
		const { server, client, sent, deliver, mirror } = setup();
		server.flush();
		expect(sent.size()).toBe(0);
		client.start();
		server.flush();
		expect(sent[0].payload.kind).toBe("snapshot");
		expect(sent[0].payload.updates).toEqual({ "player:a": { coins: 1, secret: "a-secret" }, game: { round: 1 } });
		deliver();
		expect(mirror.own()).toEqual({ coins: 1, secret: "a-secret" });
		expect(client.isReady()).toBe(true);
	});

	it("sends only what changed, never another player's data, and nothing when nothing changed", () => {
		const { players, round, server, client, sent, deliver, mirror } = setup();
		client.start();
		server.flush();
		deliver();
		players((state) => ({ ...state, b: { coins: 99, secret: "changed" } }));
		server.flush();
		expect(sent.size()).toBe(0);
		players((state) => ({ ...state, a: { ...state.a, coins: 5 } }));
		round({ round: 2 });
		server.flush();
		expect(sent.size()).toBe(1);
		expect(sent[0].payload).toEqual({
			kind: "patch",
			seq: 2,
			updates: { "player:a": { coins: 5 }, game: { round: 2 } },
		});
		deliver();
		expect(mirror.own()).toEqual({ coins: 5, secret: "a-secret" });
	});

	it("asks for a snapshot after a gap and ignores patches until it arrives", () => {
		const { round, server, client, sent, deliver, mirror, snapshotRequests } = setup();
		client.start();
		server.flush();
		deliver();
		round({ round: 2 });
		server.flush();
		sent.clear(); // lost in transit
		round({ round: 3 });
		server.flush();
		deliver(); // seq 3 after seq 1: a gap
		expect(snapshotRequests()).toBe(2);
		expect(mirror.game()).toEqual({ round: 1 });
		server.flush();
		deliver();
		expect(mirror.game()).toEqual({ round: 3 });
		expect(client.stats().gaps).toBe(1);
	});

	it("asks again with backoff until a snapshot arrives, then stops asking", () => {
		let now = 0;
		const asked: number[] = [];
		const client = new SyncClient(
			() => asked.push(now),
			() => now,
		);
		client.start();
		for (now = 0; now <= 40; now += 0.5) client.poll();
		// Asked at 0, then after 2, 4, 8 and 16 s (the maximum), and every 16 s after that.
		expect(asked).toEqual([0, 2, 6, 14, 30]);
		client.patch({ kind: "snapshot", seq: 1, updates: {} });
		for (; now <= 100; now += 0.5) client.poll();
		expect(asked.size()).toBe(5);
		// A gap starts over from the first delay.
		client.patch({ kind: "patch", seq: 3, updates: {} });
		const gapAt = now;
		for (; now <= gapAt + 3; now += 0.5) client.poll();
		expect(asked).toEqual([0, 2, 6, 14, 30, gapAt, gapAt + 2]);
		expect(client.stats().requests).toBe(7);
	});

	it("delivers deletions and keys added or removed while live", () => {
		const { players, server, client, sent, deliver, mirror, alice } = setup();
		client.start();
		server.flush();
		deliver();
		const extra = atom<unknown>({ n: 1 });
		const extraMirror = atom<unknown>(undefined);
		client.addSignals({ extra: extraMirror });
		server.addSignalsToClient(alice, { extra });
		server.flush();
		deliver();
		expect(extraMirror()).toEqual({ n: 1 });
		server.removeSignalsFromClient(alice, "extra");
		players((state) => ({ ...state, a: undefined as never }));
		server.flush();
		expect(sent[0].payload.updates).toEqual({ extra: { __none: "__none" }, "player:a": { __none: "__none" } });
		deliver();
		expect(extraMirror()).toBeUndefined();
		expect(mirror.own()).toBeUndefined();
	});

	it("refuses one key bound to two different getters", () => {
		const { server } = setup();
		expect(() => server.addSignalsToClient({ name: "x" }, { game: () => 1 })).toThrow("already bound");
	});
});
