import { SHOP_CATALOG } from "shared/config/demo";
import { PlayerData } from "shared/data/player-data";

export type PurchaseCheck = { ok: true; price: number } | { ok: false; reason: string };

export function checkCosmeticPurchase(data: PlayerData, itemId: string): PurchaseCheck {
	const item = SHOP_CATALOG.find((entry) => entry.id === itemId);
	if (item === undefined) return { ok: false, reason: `no item ${itemId}` };
	if (data.cosmetics.owned.includes(itemId)) return { ok: false, reason: `${item.name} is already owned` };
	if (data.coins < item.price) return { ok: false, reason: `${item.name} costs ${item.price} coins` };
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
