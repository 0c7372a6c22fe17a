import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

// The test command's own contract: a failing test or a spec that cannot load makes the run fail.
describe("test runner", () => {
	it("reports a failing test as a failed run", () => {
		const summary = getEngine().runSuite({ testMatch: ["**/failing.fixture"] });
		expect(summary.ok).toBe(false);
		expect(summary.passed).toBe(1);
		expect(summary.failed).toBe(1);
		expect(summary.output).toMatch("fails on purpose");
	});

	it("reports a spec that throws while loading as a failed run, naming the file", () => {
		const summary = getEngine().runSuite({ testMatch: ["**/throws-on-load.fixture"] });
		expect(summary.ok).toBe(false);
		expect(summary.failed).toBeGreaterThan(0);
		expect(summary.output).toMatch("throws%-on%-load");
		expect(summary.output).toMatch("this fixture throws while loading");
	});

	it("reports an all-green suite as ok", () => {
		const summary = getEngine().runSuite({ testMatch: ["**/elo.spec"] });
		expect(summary.ok).toBe(true);
		expect(summary.failed).toBe(0);
		expect(summary.passed).toBeGreaterThan(0);
	});
});
