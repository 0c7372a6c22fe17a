import { SHOP_CATALOG } from "shared/config/demo";
import { PlayerData } from "shared/data/player-data";
import { RejectionKind } from "shared/remotes/rejection";

/** A purchase the rules allow at `price`, or the kind of refusal (its text is fixed: the item id is the client's). */
export type PurchaseCheck = { ok: true; price: number } | { ok: false; kind: RejectionKind };

export function checkCosmeticPurchase(data: PlayerData, itemId: string): PurchaseCheck {
	const item = SHOP_CATALOG.find((entry) => entry.id === itemId);
	if (item === undefined) return { ok: false, kind: "no-such-item" };
	if (data.cosmetics.owned.includes(itemId)) return { ok: false, kind: "already-owned" };
	if (data.coins < item.price) return { ok: false, kind: "not-enough-coins" };
	return { ok: true, price: item.price };
}

/** Takes the coins and adds the item, in one update (so a save can never hold one without the other). */
export function applyCosmeticPurchase(data: PlayerData, itemId: string, price: number): PlayerData {
	return {
		...data,
		coins: data.coins - price,
		cosmetics: { ...data.cosmetics, owned: [...data.cosmetics.owned, itemId] },
	};
}
