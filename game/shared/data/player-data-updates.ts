import { MAX_REMEMBERED_RECEIPTS, PlayerData } from "./player-data";

/** Plain updates over player data: each returns new data and never mutates its input. */

export function addCoins(data: PlayerData, amount: number): PlayerData {
	if (amount !== amount || amount === math.huge || amount === -math.huge) {
		throw `addCoins: ${amount} is not a finite amount`;
	}
	return { ...data, coins: math.max(0, data.coins + amount) };
}

export function hasReceipt(data: PlayerData, purchaseId: string): boolean {
	return data.receipts.includes(purchaseId);
}

/** Remembers a granted purchase, keeping the newest MAX_REMEMBERED_RECEIPTS ids. */
export function recordReceipt(data: PlayerData, purchaseId: string): PlayerData {
	if (hasReceipt(data, purchaseId)) return data;
	const receipts = [...data.receipts, purchaseId];
	while (receipts.size() > MAX_REMEMBERED_RECEIPTS) receipts.remove(0);
	return { ...data, receipts };
}
