import { addOnboardingSteps } from "shared/analytics/analytics-events";

/** The demo's onboarding steps, in the order a player reaches them. */
export const DEMO_ONBOARDING_STEPS = ["First collect", "First round finished"] as const;

type DemoSteps = Record<(typeof DEMO_ONBOARDING_STEPS)[number], true>;

declare module "shared/analytics/analytics-events" {
	interface GameOnboardingSteps extends DemoSteps {}
}

addOnboardingSteps(DEMO_ONBOARDING_STEPS);
