import { describe, expect, it } from "@rbxts/jest-globals";
import { addOnboardingSteps, onboardingSteps } from "./analytics-events";

describe("the onboarding funnel", () => {
	it("starts with the join, ends with the first purchase, and adds a game's step once", () => {
		const steps = onboardingSteps();
		expect(steps[0]).toBe("Joined");
		expect(steps[steps.size() - 1]).toBe("First purchase");
		// Adding the game's steps again (none in a framework without a game) changes nothing.
		const gameSteps = steps.filter((step) => step !== "Joined" && step !== "First purchase");
		addOnboardingSteps(gameSteps as unknown as Parameters<typeof addOnboardingSteps>[0]);
		expect(onboardingSteps()).toEqual(steps);
		expect(new Set(steps).size()).toBe(steps.size());
	});
});
