/** The currency every economy event is in. */
export const COIN_CURRENCY = "Coins";

/**
 * Roblox's transaction types for economy events (the names of Enum.AnalyticsEconomyTransactionType): where coins came
 * from or went.
 */
export type TransactionType = "IAP" | "Shop" | "Gameplay" | "ContextualPurchase" | "TimedReward" | "Onboarding";

/** The framework's first onboarding step, and the one after every game step. */
const FIRST_STEPS = ["Joined"] as const;
const LAST_STEPS = ["First purchase"] as const;

/**
 * Onboarding steps a game adds between the framework's first and last, merged in with
 * `declare module "shared/analytics/analytics-events"` (step name -> true) and listed in order to addOnboardingSteps.
 */
export interface GameOnboardingSteps {}

export type OnboardingStep =
	(typeof FIRST_STEPS)[number] | (typeof LAST_STEPS)[number] | (keyof GameOnboardingSteps & string);

const gameSteps = new Array<OnboardingStep>();

/** Adds a game's steps, in the order a player reaches them, after those already added. */
export function addOnboardingSteps(steps: ReadonlyArray<keyof GameOnboardingSteps & string>) {
	for (const step of steps) if (!gameSteps.includes(step)) gameSteps.push(step);
}

/** The onboarding funnel, in order: each step is logged once per player and session, numbered from 1. */
export function onboardingSteps(): readonly OnboardingStep[] {
	return [...FIRST_STEPS, ...gameSteps, ...LAST_STEPS];
}
