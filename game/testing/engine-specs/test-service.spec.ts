// TestService's reporting methods and counters, checked in an isolated peer.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

// create.roblox.com/docs/reference/engine/classes/TestService
describe("TestService", () => {
	// create.roblox.com/docs/reference/engine/classes/TestService#Error
	// create.roblox.com/docs/reference/engine/classes/TestService#Message
	// create.roblox.com/docs/reference/engine/classes/TestService#Check
	// create.roblox.com/docs/reference/engine/classes/TestService#Warn
	it("prints what each method reports, errors in red, and counts them", () => {
		const peer = getEngine().createPeer();
		const counts = peer.run(`
			local TestService = game:GetService("TestService")
			TestService:Message("hello")
			TestService:Check(true, "holds")
			TestService:Check(false, "broken")
			TestService:Warn(true, "fine")
			TestService:Warn(false, "careful")
			TestService:Error("failed test")
			return { TestService.ErrorCount, TestService.WarnCount, TestService.TestCount }
		`);
		expect(counts).toEqual([2, 1, 2]);
		expect(peer.output()).toEqual([
			{ kind: "output", message: "TestService: hello" },
			{ kind: "output", message: "TestService: Check passed: holds" },
			{ kind: "error", message: "TestService: Check failed: broken" },
			{ kind: "output", message: "TestService: Warning passed: fine" },
			{ kind: "warning", message: "TestService: Warning: careful" },
			{ kind: "error", message: "TestService: failed test" },
		]);
		// Output, not a script error: nothing is reported as one.
		expect(peer.errors()).toEqual([]);
	});

	// create.roblox.com/docs/reference/engine/classes/TestService#ErrorCount
	it("its counters are read-only", () => {
		const ok = getEngine()
			.createPeer()
			.run(`return (pcall(function() game:GetService("TestService").ErrorCount = 5 end))`);
		expect(ok).toBe(false);
	});
});
