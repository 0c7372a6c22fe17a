import { describe, expect, it } from "@rbxts/jest-globals";
import { coinsOn } from "testing/game-server";
import { analyticsEvents } from "testing/platform-services";
import { createWorld } from "testing/world";

// create.roblox.com/docs/reference/engine/classes/MarketplaceService#ProcessReceipt: return PurchaseGranted only once
// the grant is saved; Roblox calls again (later, possibly on another server) for anything else.
const POUCH = 1001; // 500 coins (game/shared/config/products.ts)

function joined(seed: number, userId: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const client = world.join(userId, server);
	world.runUntil(() => coinsOn(server, userId) !== undefined, 60);
	return { world, server, client };
}

describe("developer product receipts", () => {
	it("grants a purchase once, after it is saved", () => {
		const { world, server } = joined(41, 401);
		const purchaseId = world.purchase(server, { userId: 401, productId: POUCH });
		world.advance(10);
		const receipt = world.receipts().find((entry) => entry.purchaseId === purchaseId);
		expect(receipt?.granted).toBe(true);
		expect(coinsOn(server, 401)).toBe(500);
		const stored = world.readStore("PlayerData", "Player_401") as { Data: { coins: number; receipts: string[] } };
		expect(stored.Data.coins).toBe(500);
		expect(stored.Data.receipts).toContain(purchaseId);
	});

	it("grants a replayed receipt only once", () => {
		const { world, server } = joined(42, 402);
		world.purchase(server, { userId: 402, productId: POUCH, purchaseId: "replayed-1" });
		world.advance(10);
		world.purchase(server, { userId: 402, productId: POUCH, purchaseId: "replayed-1" });
		world.advance(10);
		expect(coinsOn(server, 402)).toBe(500);
		expect(
			world
				.receipts()
				.filter((entry) => entry.granted)
				.size(),
		).toBe(2);
	});

	it("leaves a receipt for a player who is not on this server to be retried where the player is", () => {
		const world = createWorld({ seed: 43 });
		const elsewhere = world.startServer();
		const home = world.startServer();
		world.join(403, home);
		world.runUntil(() => coinsOn(home, 403) !== undefined, 60);
		const purchaseId = world.purchase(elsewhere, { userId: 403, productId: POUCH });
		world.advance(30);
		const receipt = world.receipts().find((entry) => entry.purchaseId === purchaseId);
		expect(receipt?.granted).toBe(true);
		expect(receipt?.attempts).toBeGreaterThan(1);
		expect(coinsOn(home, 403)).toBe(500);
	});

	it("does not grant during an outage, and grants once the store is back", () => {
		const { world, server } = joined(44, 404);
		const outage = world.addFault({ kind: "datastore-outage", server });
		const purchaseId = world.purchase(server, { userId: 404, productId: POUCH });
		world.advance(40);
		expect(world.receipts().find((entry) => entry.purchaseId === purchaseId)?.granted).toBe(false);
		world.removeFault(outage);
		world.advance(60);
		expect(world.receipts().find((entry) => entry.purchaseId === purchaseId)?.granted).toBe(true);
		expect(coinsOn(server, 404)).toBe(500);
	});

	it("reports a purchase's coins to analytics once, when its grant is saved, also when that save is confirmed late", () => {
		const { world, server } = joined(45, 405);
		// The store is down past the receipt's timeout: the grant is applied, its save not confirmed in time.
		const outage = world.addFault({ kind: "datastore-outage", server });
		const purchaseId = world.purchase(server, { userId: 405, productId: POUCH });
		const iap = () =>
			analyticsEvents(world)
				.filter(
					(event) =>
						event.kind === "LogEconomyEvent" && event.userId === 405 && event.transactionType === "IAP",
				)
				.map((event) => event.amount);
		world.advance(35);
		// The coins are in the player's data, but no save holds them yet: a crash now would lose them, and Roblox's retry
		// would give them again, so nothing is reported until the purchase is answered PurchaseGranted.
		expect(world.receipts().find((entry) => entry.purchaseId === purchaseId)?.granted).toBe(false);
		expect(coinsOn(server, 405)).toBe(500);
		expect(iap()).toEqual([]);
		world.removeFault(outage);
		world.advance(120);
		expect(world.receipts().find((entry) => entry.purchaseId === purchaseId)?.granted).toBe(true);
		expect(coinsOn(server, 405)).toBe(500);
		expect(iap()).toEqual([500]);
	});
});
