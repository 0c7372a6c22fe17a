import { describe, expect, it } from "@rbxts/jest-globals";
import { sanitiseDetail } from "shared/remotes/rejection";
import { RejectionBook } from "./rejection-book";

const LIMITS = { logIntervalSeconds: 60, detailBytesPerMinute: 100, maxPlayers: 3, maxKinds: 4 };

describe("rejection details", () => {
	it("are cut to 64 bytes and keep printable characters only", () => {
		expect(sanitiseDetail("cap")).toBe("cap");
		const cut = sanitiseDetail(string.rep("x", 10 * 1024 * 1024));
		expect(cut.size()).toBe(64);
		expect(cut.sub(-3)).toBe("...");
		expect(sanitiseDetail("a\0b\nc\x1b[31m\x7f")).toBe("a?b?c?[31m?");
	});
});

describe("the rejection book", () => {
	it("logs a player's refusal once per remote and kind per interval, and counts every one", () => {
		const book = new RejectionBook(LIMITS);
		expect(book.record(1, "shop.equip: not-owned", "hat", 0)).toEqual({ log: true, detail: "hat" });
		expect(book.record(1, "shop.equip: not-owned", "cape", 30)).toEqual({ log: false });
		expect(book.record(2, "shop.equip: not-owned", "hat", 30)).toEqual({ log: true, detail: "hat" });
		expect(book.record(1, "shop.equip: not-owned", "cape", 60)).toEqual({ log: true, detail: "cape" });
		expect(book.stats().byReason).toEqual({ "shop.equip: not-owned": 4 });
		expect(book.stats().total).toBe(4);
	});

	it("lets a player's log lines carry a fixed number of detail bytes per minute", () => {
		const book = new RejectionBook(LIMITS);
		const detail = string.rep("d", 40);
		expect(book.record(1, "a: k", detail, 0)).toEqual({ log: true, detail });
		expect(book.record(1, "b: k", detail, 1)).toEqual({ log: true, detail });
		// A third would pass 100 bytes: logged without its detail.
		expect(book.record(1, "c: k", detail, 2)).toEqual({ log: true });
		expect(book.record(1, "a: k", detail, 61)).toEqual({ log: true, detail });
	});

	it("holds a fixed number of entries whatever it is sent, and forgets a player who left", () => {
		const book = new RejectionBook(LIMITS);
		for (let player = 1; player <= 10; player++) {
			for (let kind = 1; kind <= 10; kind++) book.record(player, `remote: kind-${kind}`, undefined, 0);
		}
		const stats = book.stats();
		expect(stats.total).toBe(100);
		// Four keys counted, four log times for each of three players.
		expect(stats.entries).toBe(4 + 3 * 4);
		expect(stats.players).toBe(3);
		book.forget(2);
		expect(book.stats().players).toBe(2);
		expect(book.record(11, "remote: kind-1", undefined, 0)).toEqual({ log: true });
	});
});
