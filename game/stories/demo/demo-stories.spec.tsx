import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { SHOP_CATALOG } from "shared/config/demo";
import { PRODUCTS } from "shared/config/products";
import { TestScreen } from "testing/react-screen";
import { mountStory, wasMounted } from "testing/ui-labs";
import { MOCK_PLAYER } from "stories/mocks/player.mock";
import demoAppStory from "./demo-app.story";
import { MOCK_ROUND } from "./demo.mock";
import roundInfoStory from "./round-info.story";
import shopStory from "./shop-panel.story";

// The demo's stories, mounted as the plugin mounts them: each expectation is worked out from the story's inputs.
describe("the demo's UI Labs stories", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("round: the phase and the time left, the timer only when shown", () => {
		mounted = mountStory(roundInfoStory, { secondsLeft: 125 });
		expect(mounted.text("RoundStatus")).toBe(`Round ${MOCK_ROUND.number}`);
		expect(mounted.text("RoundTimer")).toBe("2:05");
		mounted.unmount();
		mounted = mountStory(roundInfoStory, { secondsLeft: 9, showTimer: false });
		expect(mounted.text("RoundStatus")).toBe(`Round ${MOCK_ROUND.number}`);
		expect(mounted.find("RoundTimer")).toBeUndefined();
	});

	it("shop: prices, owned and equipped items, coin packs", () => {
		mounted = mountStory(shopStory, { coins: 10 });
		const row = (item: string, label: string) =>
			mounted!.find(item)?.FindFirstChild(label) as TextLabel | undefined;
		expect(mounted.find("ShopPanel")?.FindFirstChild("Title")).toBeDefined();
		const { owned, equipped } = MOCK_PLAYER.cosmetics;
		for (const item of SHOP_CATALOG) {
			const state = item.id === equipped ? "Equipped" : owned.includes(item.id) ? "Owned" : undefined;
			const action = item.id === equipped ? "Unequip" : owned.includes(item.id) ? "Equip" : "Buy";
			if (state !== undefined) expect(row(`Item_${item.id}`, "ItemPrice")?.Text).toBe(state);
			expect(row(`Item_${item.id}`, "ItemAction")?.Text).toBe(action);
		}
		for (const [productId, product] of pairs(PRODUCTS)) {
			expect(row(`Product_${productId}`, "ProductName")?.Text).toBe(product.name);
		}
		expect(row("Item_cape", "ItemPrice")?.Text).toBe("1,500 coins");
		expect(row("Product_1002", "ProductGrant")?.Text).toBe("+3,000 coins");
	});

	it("app with the demo: the round on the HUD, the Shop button first, the shop as a panel", () => {
		mounted = mountStory(demoAppStory, { panel: "none" });
		expect(mounted.text("RoundStatus")).toBe("Round 3");
		expect(mounted.text("RoundTimer")).toBe("1:05");
		const shopButton = mounted.find("ShopButton") as TextButton;
		expect(shopButton.Text).toBe("Shop");
		expect(shopButton.LayoutOrder).toBeLessThan((mounted.find("LeaderboardsButton") as TextButton).LayoutOrder);
		expect(mounted.find("ShopPanel")).toBeUndefined();
		mounted.unmount();
		mounted = mountStory(demoAppStory, { panel: "shop" });
		expect(mounted.find("ShopPanel")).toBeDefined();
		expect(mounted.find(`Item_${SHOP_CATALOG[0].id}`)).toBeDefined();
	});

	// Runs last: every story of this folder was mounted above.
	it("mounts every story of the demo's folder", () => {
		const stories = script.Parent!.GetChildren().filter((module) => module.Name.match("%.story$")[0] !== undefined);
		expect(stories.size()).toBe(3);
		for (const module of stories) {
			expect([module.Name, wasMounted(require(module as ModuleScript))]).toEqual([module.Name, true]);
		}
	});
});
