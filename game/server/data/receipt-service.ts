import { OnStart, Service } from "@flamework/core";
import ProfileStore from "@rbxts/profile-store";
import { MarketplaceService, Players } from "@rbxts/services";
import { ProductGrant, PRODUCTS, RECEIPT_TIMEOUT_SECONDS } from "shared/config/products";
import { addCoins, hasReceipt, recordReceipt } from "shared/data/player-data-updates";
import { Events } from "shared/events";
import { GameAnalytics } from "server/analytics/game-analytics";
import { PlayerDataService } from "./player-data-service";

/**
 * Developer products, granted exactly once (create.roblox.com/docs/production/monetization/developer-products).
 *
 * The grant and the purchase id go into the player's data in one update, and PurchaseGranted is returned only after
 * ProfileStore reports a save that contains that purchase id. Anything else (player not here, data not loaded,
 * server closing, save not confirmed in time) returns NotProcessedYet, and Roblox retries later, possibly on another
 * server, where the remembered purchase id stops a second grant.
 *
 * `Events.purchaseGranted` fires, and the coins are reported to analytics as an IAP source, once per purchase: the
 * first time this server answers PurchaseGranted for it, when its grant is saved. Not in the update that gives the
 * coins: a session can end (a crash, a failing store) before that save, and Roblox's retry would give and report the
 * coins again. A grant whose first save was confirmed too late is answered by a retry, which finds it saved (or waits
 * for the save), and retries that overlap must not report it twice.
 */
@Service()
export class ReceiptService implements OnStart {
	/** Purchase ids this server has answered PurchaseGranted for, by player, while the player is here. */
	private readonly reported = new Map<Player, Set<string>>();

	constructor(
		private readonly playerData: PlayerDataService,
		private readonly analytics: GameAnalytics,
	) {}

	onStart() {
		MarketplaceService.ProcessReceipt = (receipt) => this.processReceipt(receipt);
		Players.PlayerRemoving.Connect((player) => this.reported.delete(player));
	}

	private granted(player: Player, receipt: ReceiptInfo, product: ProductGrant): Enum.ProductPurchaseDecision {
		let reported = this.reported.get(player);
		if (reported === undefined) {
			reported = new Set();
			this.reported.set(player, reported);
		}
		if (!reported.has(receipt.PurchaseId)) {
			reported.add(receipt.PurchaseId);
			this.analytics.coinsEarned(player, product.coins, "IAP", `product:${receipt.ProductId}`);
			Events.purchaseGranted.fire({
				userId: receipt.PlayerId,
				productId: receipt.ProductId,
				purchaseId: receipt.PurchaseId,
			});
		}
		return Enum.ProductPurchaseDecision.PurchaseGranted;
	}

	processReceipt(receipt: ReceiptInfo): Enum.ProductPurchaseDecision {
		const product = PRODUCTS[receipt.ProductId];
		if (product === undefined) {
			warn(`[Receipts] unknown product ${receipt.ProductId} in purchase ${receipt.PurchaseId}`);
			return Enum.ProductPurchaseDecision.NotProcessedYet;
		}
		const player = Players.GetPlayerByUserId(receipt.PlayerId);
		if (player === undefined || ProfileStore.IsClosing) return Enum.ProductPurchaseDecision.NotProcessedYet;

		const [loaded, profile] = this.playerData.waitForProfile(player).timeout(RECEIPT_TIMEOUT_SECONDS).await();
		if (!loaded || !profile.IsActive()) return Enum.ProductPurchaseDecision.NotProcessedYet;

		const purchaseId = receipt.PurchaseId;
		const savedWithReceipt = () => hasReceipt(profile.LastSavedData, purchaseId);
		if (savedWithReceipt()) return this.granted(player, receipt, product);

		const data = this.playerData.getData(player);
		if (data === undefined) return Enum.ProductPurchaseDecision.NotProcessedYet;
		if (!hasReceipt(data, purchaseId)) {
			this.playerData.update(player, (current) => recordReceipt(addCoins(current, product.coins), purchaseId));
		}

		// Wait for a save that contains the purchase id.
		let confirmed = false;
		const thread = coroutine.running();
		const connection = profile.OnAfterSave.Connect((saved) => {
			if (hasReceipt(saved, purchaseId) && !confirmed) {
				confirmed = true;
				task.spawn(thread);
			}
		});
		// When the timeout fires it resumes this thread from its own, which is then not suspended: cancelling it would
		// raise "cannot cancel thread" (found by the playtest under a DataStore outage), so cancel only a pending one.
		let timedOut = false;
		const timeout = task.delay(RECEIPT_TIMEOUT_SECONDS, () => {
			timedOut = true;
			if (!confirmed) task.spawn(thread);
		});
		profile.Save();
		if (!confirmed) coroutine.yield();
		connection.Disconnect();
		if (!timedOut) task.cancel(timeout);

		if (!confirmed) return Enum.ProductPurchaseDecision.NotProcessedYet;
		return this.granted(player, receipt, product);
	}
}
