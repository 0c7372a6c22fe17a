import { OnStart, Service } from "@flamework/core";
import { applyCosmeticPurchase, checkCosmeticPurchase } from "shared/demo/shop-rules";
import { GameAnalytics } from "server/analytics/game-analytics";
import { PlayerDataService } from "server/data/player-data-service";
import { RejectionKind } from "shared/remotes/rejection";
import { DemoServerEvents } from "./demo-events";
import { rejectRequest } from "server/network/rejections";

/**
 * The shop. A client can only ask; `securePurchaseCosmetic` is a server-only action (no remote reaches it) that
 * checks the price against the player's coins and takes both in one update.
 */
@Service()
export class ShopService implements OnStart {
	constructor(
		private readonly playerData: PlayerDataService,
		private readonly analytics: GameAnalytics,
	) {}

	onStart() {
		DemoServerEvents.shop.requestPurchase.connect((player, itemId) => {
			const problem = this.securePurchaseCosmetic(player, itemId);
			if (problem !== undefined) rejectRequest(player, "shop.requestPurchase", problem, itemId);
		});
		DemoServerEvents.shop.equip.connect((player, itemId) => {
			const data = this.playerData.getData(player);
			if (data === undefined) return rejectRequest(player, "shop.equip", this.playerData.missingDataKind());
			if (itemId !== "" && !data.cosmetics.owned.includes(itemId)) {
				return rejectRequest(player, "shop.equip", "not-owned", itemId);
			}
			this.playerData.update(player, (current) => ({
				...current,
				cosmetics: { ...current.cosmetics, equipped: itemId },
			}));
		});
	}

	/** Returns why the purchase was refused, or undefined when it went through. */
	securePurchaseCosmetic(player: Player, itemId: string): RejectionKind | undefined {
		const data = this.playerData.getData(player);
		if (data === undefined) return this.playerData.missingDataKind();
		const check = checkCosmeticPurchase(data, itemId);
		if (!check.ok) return check.kind;
		let spent: number | undefined;
		this.playerData.update(player, (current) => {
			const recheck = checkCosmeticPurchase(current, itemId);
			spent = recheck.ok ? recheck.price : undefined;
			return recheck.ok ? applyCosmeticPurchase(current, itemId, recheck.price) : current;
		});
		if (spent !== undefined) {
			this.analytics.coinsSpent(player, spent, "Shop", `cosmetic:${itemId}`);
			this.analytics.onboarding(player, "First purchase");
		}
		return undefined;
	}
}
