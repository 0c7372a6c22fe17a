import { describe, expect, it } from "@rbxts/jest-globals";
import { assessSystem, buildReport, grade } from "./health";

const threshold = { degraded: 10, failing: 100 };

describe("health grading", () => {
	it("grades against both thresholds with a reason", () => {
		expect(grade("x", 5, threshold)).toEqual(["ok"]);
		expect(grade("x", 50, threshold)).toEqual(["degraded", "x is 50, over 10"]);
		expect(grade("x", 500, threshold)[0]).toBe("failing");
	});

	it("takes the worst grade of a system and of the report", () => {
		const sync = assessSystem(
			"sync",
			[
				["bytes", 50, threshold],
				["errors", 0, threshold],
			],
			{ bytes: 50 },
		);
		expect(sync.status).toBe("degraded");
		expect(sync.reasons).toEqual(["bytes is 50, over 10"]);
		const data = assessSystem("data", [["failures", 1000, threshold]], {});
		expect(buildReport([sync, data], 1).overall).toBe("failing");
		expect(buildReport([sync], 1).overall).toBe("degraded");
		expect(buildReport([], 1).overall).toBe("ok");
	});
});
