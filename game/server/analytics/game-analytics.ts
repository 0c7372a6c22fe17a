import { OnStart, Service } from "@flamework/core";
import { AnalyticsService, Players } from "@rbxts/services";
import { COIN_CURRENCY, onboardingSteps, OnboardingStep, TransactionType } from "shared/analytics/analytics-events";
import { Events } from "shared/events";
import { PlayerDataService } from "server/data/player-data-service";

/**
 * What the game reports to AnalyticsService: every coin source and sink as an economy event, the onboarding funnel,
 * and a few custom events. Callers report after the change is applied, so the ending balance is the player's own.
 */
@Service()
export class GameAnalytics implements OnStart {
	private readonly steps = new Map<Player, Set<OnboardingStep>>();

	constructor(private readonly playerData: PlayerDataService) {}

	onStart() {
		Events.playerDataLoaded.connect((player) => this.onboarding(player, "Joined"));
		// The purchase's coins are reported as a source by ReceiptService, with the same once-per-purchase rule.
		Events.purchaseGranted.connect((purchase) => {
			const player = Players.GetPlayerByUserId(purchase.userId);
			if (player === undefined) return;
			this.onboarding(player, "First purchase");
		});
		Players.PlayerRemoving.Connect((player) => this.steps.delete(player));
	}

	coinsEarned(player: Player, amount: number, transaction: TransactionType, sku: string) {
		this.economy(player, Enum.AnalyticsEconomyFlowType.Source, amount, transaction, sku);
	}

	coinsSpent(player: Player, amount: number, transaction: TransactionType, sku: string) {
		this.economy(player, Enum.AnalyticsEconomyFlowType.Sink, amount, transaction, sku);
	}

	/** Logs the step the first time this session reaches it (Roblox counts a player's first time through). */
	onboarding(player: Player, step: OnboardingStep) {
		let reached = this.steps.get(player);
		if (reached === undefined) {
			if (player.Parent === undefined) return;
			reached = new Set();
			this.steps.set(player, reached);
		}
		if (reached.has(step)) return;
		reached.add(step);
		AnalyticsService.LogOnboardingFunnelStepEvent(player, onboardingSteps().indexOf(step) + 1, step);
	}

	custom(player: Player, name: string, value = 1) {
		AnalyticsService.LogCustomEvent(player, name, value);
	}

	private economy(
		player: Player,
		flow: Enum.AnalyticsEconomyFlowType,
		amount: number,
		transaction: TransactionType,
		sku: string,
	) {
		if (amount <= 0) return;
		const balance = this.playerData.getData(player)?.coins ?? 0;
		AnalyticsService.LogEconomyEvent(player, flow, COIN_CURRENCY, amount, balance, transaction, sku);
	}
}
