/** The currency every economy event is in. */
export const COIN_CURRENCY = "Coins";

/**
 * Roblox's transaction types for economy events (the names of Enum.AnalyticsEconomyTransactionType): where coins came
 * from or went.
 */
export type TransactionType = "IAP" | "Shop" | "Gameplay" | "ContextualPurchase" | "TimedReward" | "Onboarding";

/** The onboarding funnel, in order: each step is logged once per player and session, numbered from 1. */
export const ONBOARDING_STEPS = [
	"Joined",
	// demo:begin
	"First collect",
	"First round finished",
	// demo:end
	"First purchase",
] as const;

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];
