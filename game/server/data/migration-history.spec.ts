import { describe, expect, it } from "@rbxts/jest-globals";
import { MigrationHistory } from "./migration-history";

const run = (outcome: "migrated" | "failed" | "refused" | "current", duration = 1) => ({
	userId: 1,
	fromVersion: 1,
	toVersion: 4,
	outcome,
	duration,
	at: 0,
});

describe("MigrationHistory", () => {
	it("counts outcomes, pending loads and the mean duration of migrations", () => {
		const history = new MigrationHistory(10);
		history.begin();
		history.begin();
		history.begin();
		history.finish(run("migrated", 2));
		history.finish(run("migrated", 4));
		history.finish(run("failed"));
		history.begin();
		expect(history.stats()).toEqual({
			applied: 2,
			failed: 1,
			refused: 0,
			upToDate: 0,
			pending: 1,
			meanDuration: 3,
		});
	});

	it("keeps only the last runs", () => {
		const history = new MigrationHistory(2);
		for (const outcome of ["failed", "current", "migrated"] as const) history.finish(run(outcome));
		expect(history.history().map((entry) => entry.outcome)).toEqual(["current", "migrated"]);
	});
});
