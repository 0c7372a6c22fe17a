import { describe, expect, it } from "@rbxts/jest-globals";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { BoardsCheckRecord, getEngine } from "testing/engine";

/**
 * The rules of the playtest's boards check (.lune/playtest/boards.luau), one spec each, on a store log written by
 * hand: each rule passes a board that keeps it and fails one that breaks it. The refresh bound follows the documented
 * GetSortedAsync rate per server, 5 + 2 per player a minute
 * (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits).
 */
const STORE = "LB_points_2026-W01";
const BOARDS = {
	points: { displaySize: 3, monotonic: true },
	wins: { displaySize: 3, monotonic: true },
	score: { displaySize: 3, monotonic: true },
	time: { displaySize: 3, monotonic: true },
	rating: { displaySize: 3, monotonic: false },
};

/** A check whose server "s1" had `players` players for the whole run. */
function newCheck(players = 10) {
	const check = getEngine().boardsCheck(BOARDS, LEADERBOARD_CONFIG);
	for (let at = 0; at <= 600; at += 10) check.logPlayers("s1", at, players);
	return check;
}

function record(at: number, rows: [string, number, boolean?][], loading = false): BoardsCheckRecord {
	return {
		at,
		userId: 1,
		storeName: STORE,
		server: "s1",
		loading,
		rows: rows.map(([key, value, live]) => ({ key, value, live: live === true })),
	};
}

function verdict(check: ReturnType<typeof newCheck>, entry: BoardsCheckRecord): string | undefined {
	const before = check.summary().mismatches;
	check.judge(entry);
	const summary = check.summary();
	return summary.mismatches > before ? summary.details[summary.details.size() - 1] : undefined;
}

describe("boards check: what a row may show", () => {
	it("rule 1: another server's row shows a value the store held within the window", () => {
		const check = newCheck();
		check.logChange(STORE, 100, "7", 5);
		check.logChange(STORE, 150, "7", 9);
		expect(verdict(check, record(180, [["7", 9]]))).toBeUndefined();
		expect(verdict(check, record(180, [["7", 5]]))).toBeUndefined(); // read before 150, within one interval
		expect(verdict(check, record(300, [["7", 5]]))).toMatch("never held");
		expect(verdict(check, record(180, [["7", 6]]))).toMatch("never held");
	});

	it("rule 2: a live row is reached by a stored value at least as good, except on a rating board", () => {
		const check = newCheck();
		check.logChange(STORE, 200, "8", 12);
		expect(verdict(check, record(180, [["8", 12, true]]))).toBeUndefined();
		expect(verdict(check, record(180, [["8", 11, true]]))).toBeUndefined();
		expect(verdict(check, record(180, [["8", 13, true]]))).toMatch("never reached");
		const rating = { ...record(180, [["8", 99, true]]), storeName: "LB_rating_all" };
		expect(verdict(check, rating)).toBeUndefined();
	});

	it("rule 3: an entry that stood in the store's top all window is shown, unless better rows pushed it down", () => {
		const check = newCheck();
		check.logChange(STORE, 10, "1", 50);
		check.logChange(STORE, 10, "2", 40);
		expect(
			verdict(
				check,
				record(200, [
					["1", 50],
					["2", 40],
				]),
			),
		).toBeUndefined();
		expect(verdict(check, record(200, [["1", 50]]))).toMatch("misses 2=40");
		// A full board of values at least as good (local ratings merged in) leaves no room for it.
		const RATING = "LB_rating_all";
		check.logChange(RATING, 10, "1", 50);
		check.logChange(RATING, 10, "2", 40);
		const rated = (rows: [string, number, boolean?][]) => ({ ...record(200, rows), storeName: RATING });
		expect(
			verdict(
				check,
				rated([
					["1", 50],
					["3", 45, true],
					["4", 41, true],
				]),
			),
		).toBeUndefined();
		expect(
			verdict(
				check,
				rated([
					["1", 50],
					["3", 39, true],
					["4", 38, true],
				]),
			),
		).toMatch("misses 2=40");
	});

	it("rule 4: a board still loading long after its server had players is a mismatch", () => {
		const check = newCheck();
		check.firstSeen[1] = 0;
		expect(verdict(check, record(30, [], true))).toBeUndefined();
		expect(verdict(check, record(120, [], true))).toMatch("still loading");
	});

	it("rule 4: the wait counts from when the server last became occupied (an empty server reads nothing)", () => {
		const check = getEngine().boardsCheck(BOARDS, LEADERBOARD_CONFIG);
		for (let at = 0; at <= 600; at += 10) check.logPlayers("s1", at, at < 200 || (at >= 300 && at < 400) ? 0 : 4);
		check.firstSeen[1] = 0;
		// Connected since 0, but the server had nobody else until 200: 20 s of occupancy is no wait.
		expect(verdict(check, record(220, [], true))).toBeUndefined();
		expect(verdict(check, record(290, [], true))).toMatch("still loading");
		// Empty again from 300 to 400: the clock starts over at 400.
		expect(verdict(check, record(420, [], true))).toBeUndefined();
		expect(verdict(check, record(500, [], true))).toMatch("still loading");
	});

	it("rule 3: a live player's stored entry gives way to the lower live value a crash set their profile back to", () => {
		// Player 3 stored 30 before their server crashed; back on s1, their profile says less and s1 shows that.
		const view = (liveKeys: Record<string, boolean>, rows: [string, number, boolean?][]) => ({
			...record(200, rows),
			liveKeys,
		});
		// Its live 20 ranks below player 4's stored 25, which fills the board instead.
		const full: [string, number, boolean?][] = [
			["1", 50],
			["2", 40],
			["4", 25],
		];
		const setUp = (crashed?: number[], crashAt = 100, store = STORE) => {
			const check = newCheck();
			const stored: [string, number][] = [
				["1", 50],
				["2", 40],
				["3", 30],
				["4", 25],
			];
			for (const [key, value] of stored) check.logChange(store, 10, key, value);
			if (crashed) check.logCrash(crashAt, "s2", crashed);
			return check;
		};
		expect(verdict(setUp([3]), view({ "3": true }, full))).toBeUndefined();
		// Points only go up otherwise: without that crash, a live value below the stored one is a mismatch.
		expect(verdict(setUp(), view({ "3": true }, full))).toMatch("misses 3=30");
		expect(verdict(setUp([2]), view({ "3": true }, full))).toMatch("misses 3=30");
		// Not on the client's server, or a board with room left for any value of theirs: it must be shown.
		expect(verdict(setUp([3]), view({ "2": true }, full))).toMatch("misses 3=30");
		expect(
			verdict(
				setUp([3]),
				view({ "3": true }, [
					["1", 50],
					["2", 40],
				]),
			),
		).toMatch("misses 3=30");
		// A crash after the record set nothing back yet.
		expect(verdict(setUp([3], 250), view({ "3": true }, full))).toMatch("misses 3=30");
		// Ratings go both ways: a live rating below the stored one needs no crash.
		const RATING = "LB_rating_all";
		expect(
			verdict(setUp(undefined, 0, RATING), { ...view({ "3": true }, full), storeName: RATING }),
		).toBeUndefined();
	});

	it("rule 3: an entry whose value changed within the window need not be shown", () => {
		const check = newCheck();
		check.logChange(STORE, 10, "1", 50);
		check.logChange(STORE, 10, "2", 40);
		check.logChange(STORE, 190, "2", 45);
		expect(verdict(check, record(200, [["1", 50]]))).toBeUndefined();
		// Without the change, the same view misses it.
		const steady = newCheck();
		steady.logChange(STORE, 10, "1", 50);
		steady.logChange(STORE, 10, "2", 40);
		expect(verdict(steady, record(200, [["1", 50]]))).toMatch("misses 2=40");
	});
});

describe("boards check: the refresh bound and the lag rule", () => {
	it("gives a one-player server the interval its GetSortedAsync rate allows, and no more", () => {
		const small = newCheck(1);
		// Five boards at 5 + 2·1 reads a minute: one board every 300 / 7 s.
		expect(small.refreshBound("s1", 300)).toBeCloseTo(300 / 7, 3);
		expect(newCheck(10).refreshBound("s1", 300)).toBe(
			LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER,
		);
		// A board last read just before a change, 46 s later: within a one-player server's bound, beyond a busy one's.
		const large = newCheck(10);
		for (const check of [small, large]) {
			check.logChange(STORE, 100, "5", 3);
			check.logChange(STORE, 151, "5", 4);
		}
		expect(verdict(small, record(151 + 46, [["5", 3]]))).toBeUndefined();
		expect(verdict(large, record(151 + 46, [["5", 3]]))).toMatch("never held");
		expect(verdict(small, record(151 + 60, [["5", 3]]))).toMatch("never held");
	});

	it("takes the fewest players of the last two minutes, so a server that just filled up keeps its long bound", () => {
		const check = getEngine().boardsCheck(BOARDS, LEADERBOARD_CONFIG);
		for (let at = 0; at <= 600; at += 10) check.logPlayers("s1", at, at < 250 ? 1 : 10);
		const busy = LEADERBOARD_CONFIG.CACHE_UPDATE_INTERVAL + LEADERBOARD_CONFIG.CACHE_JITTER;
		expect(check.refreshBound("s1", 300)).toBeCloseTo(300 / 7, 3);
		// 120 s after the last one-player sample, the server's own rate is the busy one's.
		expect(check.refreshBound("s1", 240 + 121)).toBe(busy);
	});

	it("chains the lag rule: each failure within the widened window widens it again", () => {
		const retried = 1.5 * LEADERBOARD_CONFIG.RETRY_MAX_DELAY + 5;
		const check = newCheck();
		// A write lands two retries after the first failure: the second failure lies within the first's widening.
		check.logFailure(190, "s2", STORE);
		check.logFailure(190 + retried - 1, "s2", STORE);
		check.logChange(STORE, 190 + 2 * retried - 2, "9", 7);
		expect(verdict(check, record(180, [["9", 7, true]]))).toBeUndefined();
		const once = newCheck();
		once.logFailure(190, "s2", STORE);
		once.logChange(STORE, 190 + 2 * retried - 2, "9", 7);
		expect(verdict(once, record(180, [["9", 7, true]]))).toMatch("never reached");
	});

	it("fails a board that is really stale (the self-test), and lets it lag while its store fails", () => {
		const check = newCheck();
		check.logChange(STORE, 100, "5", 3);
		check.logChange(STORE, 200, "5", 4);
		// Never refreshed after 200: at 300 the board still shows 3.
		expect(verdict(check, record(300, [["5", 3]]))).toMatch("never held");
		// The same view while this server's refreshes of that store failed every 30 s: one interval per failure.
		check.logFailure(230, "s1", STORE);
		check.logFailure(260, "s1", STORE);
		check.logFailure(290, "s1", STORE);
		expect(verdict(check, record(300, [["5", 3]]))).toBeUndefined();
		// A failure on another store, or on another server's reads, excuses nothing.
		const other = newCheck();
		other.logChange(STORE, 100, "5", 3);
		other.logChange(STORE, 200, "5", 4);
		other.logFailure(290, "s1", "LB_wins_2026-01");
		other.logFailure(290, "s2", STORE);
		expect(verdict(other, record(300, [["5", 3]]))).toMatch("never held");
	});

	it("lets a live value go unstored when its server crashed before the window ended, and only then", () => {
		const crashed = newCheck();
		crashed.logCrash(200, "s1");
		expect(verdict(crashed, record(180, [["8", 13, true]]))).toBeUndefined();
		// A crash long after the window, or on another server, excuses nothing.
		const later = newCheck();
		later.logCrash(500, "s1");
		expect(verdict(later, record(180, [["8", 13, true]]))).toMatch("never reached");
		const elsewhere = newCheck();
		elsewhere.logCrash(200, "s2");
		expect(verdict(elsewhere, record(180, [["8", 13, true]]))).toMatch("never reached");
	});

	it("lets that unstored live value stand in front of the player's stored one, on that crashed server only", () => {
		// Player 8 had 5 stored all window; the crashed server showed them live at 6, a win it never flushed.
		const crashed = newCheck();
		crashed.logChange(STORE, 10, "8", 5);
		crashed.logCrash(200, "s1");
		expect(verdict(crashed, record(180, [["8", 6, true]]))).toBeUndefined();
		// Without the crash the live 6 must reach the store; and a row that is not live must show the stored 5.
		const whole = newCheck();
		whole.logChange(STORE, 10, "8", 5);
		expect(verdict(whole, record(180, [["8", 6, true]]))).toMatch("never reached");
		const notLive = newCheck();
		notLive.logChange(STORE, 10, "8", 5);
		notLive.logCrash(200, "s1");
		expect(verdict(notLive, record(180, [["8", 6]]))).toMatch("never held");
		const missing = newCheck();
		missing.logChange(STORE, 10, "8", 5);
		missing.logCrash(200, "s1");
		expect(verdict(missing, record(180, []))).toMatch("misses 8=5");
	});

	it("waits one retry delay (with its jitter) for a live value whose write failed", () => {
		const check = newCheck();
		check.logFailure(190, "s2", STORE);
		check.logChange(STORE, 190 + 1.5 * LEADERBOARD_CONFIG.RETRY_MAX_DELAY, "9", 7);
		expect(verdict(check, record(180, [["9", 7, true]]))).toBeUndefined();
		const strict = newCheck();
		strict.logChange(STORE, 190 + 1.5 * LEADERBOARD_CONFIG.RETRY_MAX_DELAY, "9", 7);
		expect(verdict(strict, record(180, [["9", 7, true]]))).toMatch("never reached");
	});

	it("also waits for a write whose last failure came just before the window opened", () => {
		// The record at 370 looks back 45 s, to 325; the write failed at 324 and its retry landed at 409, past 370 + 35.
		const check = newCheck();
		check.logFailure(324, "s2", STORE);
		check.logChange(STORE, 409, "9", 7);
		expect(verdict(check, record(370, [["9", 7, true]]))).toBeUndefined();
		// A failure long before the window (its retry was due before the window opened) explains nothing.
		const old = newCheck();
		old.logFailure(200, "s2", STORE);
		old.logChange(STORE, 409, "9", 7);
		expect(verdict(old, record(370, [["9", 7, true]]))).toMatch("never reached");
	});
});
