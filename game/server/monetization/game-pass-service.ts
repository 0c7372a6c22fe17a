import { OnStart, Service } from "@flamework/core";
import { MarketplaceService, Players } from "@rbxts/services";
import { knownGamePasses, MONETIZATION_RETRY } from "shared/config/products";
import { retryWithBackoff } from "shared/util/retry";

/**
 * Which game passes each player owns, for gameplay to ask without waiting: checked with UserOwnsGamePassAsync when the
 * player joins, and granted at once when PromptGamePassPurchaseFinished reports a purchase. A check that fails (after
 * its retries) is tried again later; no check ever takes away a pass the player was seen to own.
 */
@Service()
export class GamePassService implements OnStart {
	private readonly owned = new Map<Player, Set<number>>();
	private readonly random = new Random();

	onStart() {
		MarketplaceService.PromptGamePassPurchaseFinished.Connect((player, gamePassId, purchased) => {
			if (purchased && knownGamePasses().has(gamePassId) && this.owned.has(player))
				this.ownedBy(player).add(gamePassId);
		});
		Players.PlayerAdded.Connect((player) => this.checkAll(player));
		Players.PlayerRemoving.Connect((player) => this.owned.delete(player));
		for (const player of Players.GetPlayers()) this.checkAll(player);
	}

	owns(player: Player, gamePassId: number): boolean {
		return this.owned.get(player)?.has(gamePassId) === true;
	}

	private ownedBy(player: Player): Set<number> {
		let passes = this.owned.get(player);
		if (passes === undefined) {
			passes = new Set();
			this.owned.set(player, passes);
		}
		return passes;
	}

	private checkAll(player: Player) {
		this.ownedBy(player);
		for (const id of knownGamePasses()) task.spawn(() => this.check(player, id));
	}

	private check(player: Player, gamePassId: number) {
		for (;;) {
			if (this.owns(player, gamePassId)) return;
			const result = retryWithBackoff(
				() => MarketplaceService.UserOwnsGamePassAsync(player.UserId as unknown as User, gamePassId),
				{
					...MONETIZATION_RETRY,
					random: () => this.random.NextNumber(),
				},
			);
			// The player left while the check was on its way: nothing to keep.
			if (!this.owned.has(player)) return;
			if (result.ok) {
				if (result.value) this.ownedBy(player).add(gamePassId);
				return;
			}
			warn(`Game pass ${gamePassId} check for ${player.UserId} failed (${result.error}); trying again later`);
			task.wait(MONETIZATION_RETRY.recheckSeconds);
			if (!this.owned.has(player)) return;
		}
	}
}
