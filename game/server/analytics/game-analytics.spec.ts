import { describe, expect, it } from "@rbxts/jest-globals";
import { PRODUCTS } from "shared/config/products";
import { firstProductId } from "testing/platform-services";
import { coinsOn } from "testing/game-server";
import { analyticsEvents } from "testing/platform-services";
import { createWorld } from "testing/world";

// create.roblox.com/docs/reference/engine/classes/AnalyticsService#LogEconomyEvent and
// #LogOnboardingFunnelStepEvent: a developer product's coins are an IAP source whose ending balance is the player's,
// and joining and the first purchase are onboarding steps, each logged once.
describe("game analytics", () => {
	it("logs a granted developer product as an IAP coin source, and Joined and First purchase once", () => {
		const world = createWorld({ seed: 45 });
		const server = world.startServer();
		world.join(451, server);
		world.runUntil(() => coinsOn(server, 451) !== undefined, 60);
		const productId = firstProductId();
		const product = PRODUCTS[productId];
		world.purchase(server, { userId: 451, productId });
		world.advance(10);
		world.purchase(server, { userId: 451, productId });
		world.advance(10);
		const events = analyticsEvents(world).filter((event) => event.userId === 451);
		const economy = events.filter((event) => event.kind === "LogEconomyEvent");
		expect(
			economy.map((event) => [event.flowType, event.transactionType, event.amount, event.endingBalance]),
		).toEqual([
			["Source", "IAP", product.coins, product.coins],
			["Source", "IAP", product.coins, product.coins * 2],
		]);
		expect(coinsOn(server, 451)).toBe(product.coins * 2);
		const steps = events.filter((event) => event.kind === "LogOnboardingFunnelStepEvent");
		expect(steps.map((event) => event.stepName)).toEqual(["Joined", "First purchase"]);
	});
});
