import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "testing/engine";

/**
 * The playtest's check of refusals because the server is closing (.lune/playtest/closing.luau), on output written by
 * hand: a refusal logged once its server's shutdown began passes; one logged before it, or by a server that never
 * shut down, fails the run.
 */
const closingLine = (peer: string, time: number, remote = "settings.change") => ({
	peer,
	kind: "warning",
	message: `[Remotes] rejected ${remote} from Player1001 (1001): server-closing`,
	time,
});

describe("the playtest's closing-refusals check", () => {
	it("accepts a refusal logged after its server's shutdown began, and counts what the bots were told", () => {
		const summary = getEngine().closingCheck(
			[closingLine("server1", 240.1), { peer: "server1", kind: "output", message: "server-closing", time: 3 }],
			[{ server: "server1", startedAt: 240 }],
			{ "settings.change": 1, "demo.collect": 2 },
		);
		expect(summary.outside_shutdown).toBe(0);
		expect(summary.told).toBe(3);
	});

	it("fails a refusal logged before its server's shutdown, or by a server that did not shut down", () => {
		const summary = getEngine().closingCheck(
			[closingLine("server1", 120), closingLine("server2", 241, "demo.collect"), closingLine("server1", 241)],
			[{ server: "server1", startedAt: 240 }],
			{},
		);
		expect(summary.outside_shutdown).toBe(2);
		expect(summary.details).toEqual([
			"settings.change on server1 at 120.0 s",
			"demo.collect on server2 at 241.0 s",
		]);
	});

	it("leaves other refusals to the other checks", () => {
		const other = { ...closingLine("server1", 10), message: "[Remotes] rejected demo.collect from P (1): too-far" };
		expect(getEngine().closingCheck([other], [], {}).outside_shutdown).toBe(0);
	});
});
