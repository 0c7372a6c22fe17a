import { describe, expect, it } from "@rbxts/jest-globals";
import { legacyDocuments } from "./legacy-documents";
import { Document, Migration } from "./migration";
import { CURRENT_VERSION, MIGRATIONS } from "./index";
import { migrateDocument, rollbackDocument } from "./runner";

function ready(document: Document) {
	const outcome = migrateDocument(document, MIGRATIONS, CURRENT_VERSION);
	if (outcome.kind !== "ready") throw `expected ready, got ${outcome.kind}`;
	return outcome;
}

describe("the demo's migrations on real old data", () => {
	it("brings version 1 (no version field) through every step", () => {
		const outcome = ready(legacyDocuments().version1);
		expect(outcome.fromVersion).toBe(1);
		expect(outcome.applied).toEqual([2, 3, 4]);
		const data = outcome.data as { coins: number; cash?: number; stats: Document; cosmetics: Document };
		expect(data.coins).toBe(1250);
		expect(data.cash).toBeUndefined();
		expect(data.stats).toEqual({
			points: 40,
			wins: 3,
			roundsPlayed: 0,
			bestRoundScore: 0,
			bestCourseMs: 0,
			rating: 1000,
		});
		expect(data.cosmetics).toEqual({ owned: ["cap"], equipped: "" });
		expect(outcome.data.version).toBe(CURRENT_VERSION);
	});

	it("applies only the pending steps to version 3", () => {
		const outcome = ready(legacyDocuments().version3);
		expect(outcome.applied).toEqual([4]);
		expect(outcome.data.coins).toBe(70);
		expect((outcome.data.stats as Document).bestCourseMs).toBe(61234);
		expect((outcome.data.cosmetics as Document).equipped).toBe("crown");
	});

	it("leaves the stored document untouched", () => {
		const stored = legacyDocuments().version2;
		ready(stored);
		expect(stored.coins).toBe(80);
		expect(stored.stats).toBeUndefined();
		expect(stored.version).toBe(2);
	});

	it("does nothing to current data", () => {
		const current = ready(legacyDocuments().version1).data;
		const again = ready(current);
		expect(again.applied).toEqual([]);
		expect(again.data).toEqual(current);
	});

	it("rolls back to an old version with the down steps", () => {
		const current = ready(legacyDocuments().version2).data;
		const rolled = rollbackDocument(current, MIGRATIONS, 2);
		expect(rolled.ok).toBe(true);
		if (rolled.ok) {
			expect(rolled.data.coins).toBe(80);
			expect(rolled.data.points).toBe(12);
			expect(rolled.data.stats).toBeUndefined();
			expect(rolled.data.version).toBe(2);
		}
	});
});

describe("migration failures and newer data", () => {
	const throwing: Migration = { version: 2, description: "throws", up: () => error("boom") };
	const empty: Migration = { version: 2, description: "returns nothing", up: () => undefined as unknown as Document };
	const invalid: Migration = {
		version: 2,
		description: "breaks coins",
		up: (data) => ({ ...data, coins: -5 }),
		validate: [(data) => ((data.coins as number) >= 0 ? undefined : "coins below zero")],
	};

	it.each([
		["throws", throwing, "up threw"],
		["returns nothing", empty, "up returned no table"],
		["fails validation", invalid, "coins below zero"],
	] as const)("reports the failing version when a step %s", (_, migration, reason) => {
		const outcome = migrateDocument({ coins: 1 }, [migration], 2);
		expect(outcome.kind).toBe("failed");
		if (outcome.kind === "failed") {
			expect(outcome.version).toBe(2);
			expect(outcome.fromVersion).toBe(1);
			expect(outcome.reason).toMatch(reason);
		}
	});

	it("refuses data from a newer server whose shape this one cannot read", () => {
		const outcome = migrateDocument({ version: 9, compatibleVersion: 7, coins: 1 }, MIGRATIONS, CURRENT_VERSION);
		expect(outcome).toEqual({ kind: "refused-newer", version: 9, compatibleVersion: 7 });
	});

	it("reads newer data that is declared compatible, without downgrading it", () => {
		const stored = { version: CURRENT_VERSION + 1, compatibleVersion: CURRENT_VERSION, coins: 5, extra: true };
		const outcome = migrateDocument(stored, MIGRATIONS, CURRENT_VERSION);
		expect(outcome.kind).toBe("newer-compatible");
		if (outcome.kind === "newer-compatible") {
			expect(outcome.data.version).toBe(CURRENT_VERSION + 1);
			expect(outcome.data.extra).toBe(true);
		}
	});

	it("keeps the compatible version of a backwards-compatible step", () => {
		const addField: Migration = {
			version: 5,
			description: "adds a field",
			backwardsCompatible: true,
			up: (data) => ({ ...data, added: 1 }),
		};
		const outcome = migrateDocument({ version: 4, compatibleVersion: 4 }, [...MIGRATIONS, addField], 5);
		expect(outcome.kind).toBe("ready");
		if (outcome.kind === "ready") {
			expect(outcome.data.version).toBe(5);
			expect(outcome.data.compatibleVersion).toBe(4);
		}
	});
});
