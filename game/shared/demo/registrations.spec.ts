import { describe, expect, it } from "@rbxts/jest-globals";
import { onboardingSteps } from "shared/analytics/analytics-events";
import { DEMO_GAME_PASSES } from "shared/config/demo";
import { knownGamePasses } from "shared/config/products";
import { rejectionMessage, toldToPlayer } from "shared/remotes/rejection";
import "./analytics";
import "./network";

// What the demo adds to the framework through its extension points, once its modules are loaded.
describe("the demo's registrations", () => {
	it("its refusal kinds have their messages, and a lost race is not told to the player", () => {
		expect(rejectionMessage("too-far")).toBe("You are too far away.");
		expect(rejectionMessage("not-enough-coins")).toBe("You need more coins.");
		expect(toldToPlayer("too-far")).toBe(true);
		expect(toldToPlayer("already-collected")).toBe(false);
	});

	it("its onboarding steps sit between the framework's first and last", () => {
		expect(onboardingSteps()).toEqual(["Joined", "First collect", "First round finished", "First purchase"]);
	});

	it("the server checks the demo's pass", () => {
		expect(knownGamePasses().has(DEMO_GAME_PASSES.doubleCoins)).toBe(true);
	});
});
