import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine, LedgerSession, RecordedEconomyEvent } from "testing/engine";

/**
 * The playtest's analytics check (.lune/playtest/analytics-check.luau): the economy events the servers logged with
 * AnalyticsService:LogEconomyEvent (create.roblox.com/docs/reference/engine/classes/AnalyticsService#LogEconomyEvent)
 * must add up, session by session, to the ledger's rewards and spends, and, player by player over the run, the IAP
 * sources to the purchases the marketplace saw granted. Events, sessions and purchases are written by hand.
 */
function economy(
	userId: number,
	time: number,
	flowType: "Source" | "Sink",
	amount: number,
	transactionType: string,
	server = "s1",
): RecordedEconomyEvent {
	return { kind: "LogEconomyEvent", userId, server, time, flowType, amount, transactionType };
}

const EVENTS = [
	economy(1, 10, "Source", 25, "Gameplay"),
	economy(1, 20, "Source", 500, "IAP"),
	economy(2, 25, "Source", 5, "Gameplay"),
	economy(1, 30, "Sink", 100, "Shop"),
	economy(1, 40, "Source", 50, "Gameplay"),
	// The same player later, on another server: not this session's.
	economy(1, 200, "Source", 75, "Gameplay", "s2"),
];

const SESSION: LedgerSession = { userId: 1, server: "s1", from: 0, to: 100, rewarded: 75, purchased: 500, spent: 100 };

function mismatches(events: RecordedEconomyEvent[], session: LedgerSession, dropFirst = false): number {
	const check = getEngine().analyticsCheck(() => events, dropFirst);
	check.compare(session);
	const summary = check.summary();
	expect(summary.sessions_compared).toBe(1);
	return summary.mismatches;
}

describe("playtest analytics check: the economy events equal the ledger", () => {
	it("passes a session whose events add up to its rewards, purchases and spends", () => {
		expect(mismatches(EVENTS, SESSION)).toBe(0);
		expect(
			mismatches(EVENTS, { ...SESSION, server: "s2", from: 150, to: 300, rewarded: 75, purchased: 0, spent: 0 }),
		).toBe(0);
		expect(mismatches(EVENTS, { ...SESSION, userId: 2, rewarded: 5, purchased: 0, spent: 0 })).toBe(0);
	});

	it("fails a session with an event dropped, doubled, or of the wrong kind", () => {
		expect(
			mismatches(
				EVENTS.filter((_, index) => index !== 4),
				SESSION,
			),
		).toBe(1);
		expect(mismatches([...EVENTS, EVENTS[0]], SESSION)).toBe(1);
		const iapAsGameplay = EVENTS.map((event, index) =>
			index === 1 ? { ...event, transactionType: "Gameplay" } : event,
		);
		expect(mismatches(iapAsGameplay, SESSION)).toBe(1);
		const sinkAsSource = EVENTS.map((event, index) =>
			index === 3 ? { ...event, flowType: "Source" as const } : event,
		);
		expect(mismatches(sinkAsSource, SESSION)).toBe(1);
		// An event logged after the session's check belongs to no session of its.
		expect(mismatches([...EVENTS, economy(1, 150, "Source", 5, "Gameplay")], SESSION)).toBe(0);
	});

	it("its self-test loses the first economy event and is caught", () => {
		const check = getEngine().analyticsCheck(() => EVENTS, true);
		check.compare(SESSION);
		expect(check.dropped).toEqual({ userId: 1, amount: 25 });
		expect(check.summary().mismatches).toBe(1);
	});

	it("checks each player's IAP sources against the purchases granted, once each, whatever the session", () => {
		const POUCH = 1001;
		const coins = { [POUCH]: 500 };
		const purchases = (events: RecordedEconomyEvent[], granted: boolean[]) => {
			const check = getEngine().analyticsCheck(() => events);
			check.comparePurchases(
				granted.map((isGranted) => ({ userId: 1, productId: POUCH, granted: isGranted })),
				coins,
			);
			return check.summary().mismatches;
		};
		// Stored in one session and answered in a later one, on another server: still the player's one purchase.
		expect(purchases([economy(1, 300, "Source", 500, "IAP", "s2")], [true])).toBe(0);
		// A purchase still being retried (not granted) is not reported yet.
		expect(purchases([economy(1, 20, "Source", 500, "IAP")], [true, false])).toBe(0);
		expect(purchases([], [true])).toBe(1);
		expect(purchases([economy(1, 20, "Source", 500, "IAP"), economy(1, 90, "Source", 500, "IAP")], [true])).toBe(1);
		expect(purchases([economy(1, 20, "Source", 500, "IAP")], [false])).toBe(1);
	});
});
