import { describe, expect, it } from "@rbxts/jest-globals";
import { SHOP_CATALOG } from "shared/config/demo";
import { DEMO_ONBOARDING_STEPS } from "shared/demo/analytics";
import { PRODUCTS } from "shared/config/products";
import { firstProductId } from "testing/platform-services";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { analyticsEvents } from "testing/platform-services";
import { createWorld } from "testing/world";
import { collectOne } from "testing/demo/demo-client";
import { roundPhase } from "testing/demo/demo-server";

// create.roblox.com/docs/reference/engine/classes/AnalyticsService: the demo's coin sources (collects, as Gameplay)
// and sinks (the shop, as Shop) go out as economy events, and its onboarding steps in order, once each.
describe("the demo's analytics", () => {
	it("logs a collect as a Gameplay source, a product as IAP, a cosmetic as a Shop sink, and the funnel's steps in order once", () => {
		const world = createWorld({ seed: 75 });
		const server = world.startServer();
		const client = world.join(751, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		world.runUntil(() => roundPhase(server) === "playing", 30);
		const cheapest = [...SHOP_CATALOG].sort((a, b) => a.price < b.price)[0];
		collectOne(world, client);
		world.runUntil(() => roundPhase(server) === "results", 150);
		// Coins bought with a developer product, then spent in the shop.
		const productId = firstProductId();
		const product = PRODUCTS[productId];
		world.purchase(server, { userId: 751, productId });
		world.advance(10);
		runOnClient(
			client,
			`require(client.demo["demo-events"]).DemoClientEvents.shop.requestPurchase:fire("${cheapest.id}")`,
		);
		world.advance(1);
		const events = analyticsEvents(world).filter((event) => event.userId === 751);
		const economy = events.filter((event) => event.kind === "LogEconomyEvent");
		const sources = economy.filter((event) => event.flowType === "Source");
		const sinks = economy.filter((event) => event.flowType === "Sink");
		// Every pickup the character made (it may stand where the next collectible appears), then the product.
		const kinds = sources.map((event) => event.transactionType as string);
		const pickups = kinds.size() - 1;
		expect(pickups).toBeGreaterThan(0);
		expect(kinds).toEqual([...kinds.filter((kind) => kind === "Gameplay"), "IAP"]);
		expect(sources[pickups].amount).toBe(product.coins);
		expect(sinks.map((event) => [event.transactionType, event.amount, event.itemSku])).toEqual([
			["Shop", cheapest.price, `cosmetic:${cheapest.id}`],
		]);
		let earned = 0;
		for (const event of sources) earned += event.amount as number;
		// An independent fact: what the client holds is what the sources brought in less what the sink took.
		expect(clientCoins(client)).toBe(earned - cheapest.price);
		expect(economy[economy.size() - 1].endingBalance).toBe(clientCoins(client));
		const steps = events.filter((event) => event.kind === "LogOnboardingFunnelStepEvent");
		expect(steps.map((event) => [event.step, event.stepName])).toEqual(
			// The demo's steps sit between the framework's first and last, numbered in that order.
			["Joined", ...DEMO_ONBOARDING_STEPS, "First purchase"].map((step, index) => [index + 1, step]),
		);
	});
});
