import { describe, expect, it } from "@rbxts/jest-globals";
import { REJECTION_MESSAGES } from "shared/remotes/rejection";
import { getEngine } from "testing/engine";
import { clientCoins, runOnClient } from "testing/game-client";
import { giveCoins } from "testing/game-server";
import { pressGamepad, pressKey } from "testing/input";
import { clickOnScreen as click, joinedWithUi as joined, playerGui } from "testing/ui-client";
import { WorldClient } from "testing/world";
import { SHOP_BINDING } from "./demo-ui";

function timerSeconds(client: WorldClient): number | undefined {
	const text = client.findText("RoundTimer");
	if (text === undefined) return undefined;
	const [minutes, seconds] = text.match("^(%d+):(%d%d)$");
	return tonumber(minutes)! * 60 + tonumber(seconds)!;
}

// The demo's UI on a real client of the game, registered by its controller: what the player sees and presses.
describe("the demo's UI in a world", () => {
	it("counts the round timer down and names the phase", () => {
		const { world, client } = joined(92, 902);
		expect(client.findText("RoundStatus")).toBe("Intermission");
		const before = timerSeconds(client)!;
		expect(before).toBeGreaterThan(5);
		expect(before).toBeLessThanOrEqual(15);
		world.advance(3);
		const after = timerSeconds(client)!;
		expect(before - after).toBeGreaterThanOrEqual(2);
		expect(before - after).toBeLessThanOrEqual(4);
		// The intermission ends: round 1 starts with the whole round on the clock.
		expect(world.runUntil(() => client.findText("RoundStatus") === "Round 1", 30)).toBe(true);
		world.advance(0.5);
		expect(timerSeconds(client)).toBeGreaterThan(110);
		expect(timerSeconds(client)).toBeLessThanOrEqual(120);
	});

	it("hides the timer when the player turns the setting off", () => {
		const { world, client } = joined(93, 903);
		click(world, client, "SettingsButton");
		click(world, client, "ShowRoundTimerRow", "ShowRoundTimer");
		world.advance(0.5);
		expect(client.findText("RoundTimer")).toBeUndefined();
		expect(client.findText("RoundStatus")).toBe("Intermission");
	});

	it("shows an error toast when the server refuses a purchase, and a toast goes after a few seconds", () => {
		const { world, client } = joined(94, 904);
		click(world, client, "ShopButton");
		click(world, client, "Item_halo", "ItemAction");
		world.advance(0.5);
		expect(client.findText("ErrorToast")).toBe(REJECTION_MESSAGES["not-enough-coins"]);
		const shopOpen = `return game.Players.LocalPlayer.PlayerGui.AltairUI:FindFirstChild("ShopPanel") ~= nil`;
		expect(runOnClient(client, shopOpen)).toBe(true);
		expect(clientCoins(client)).toBe(0);
		world.advance(5);
		expect(client.findText("ErrorToast")).toBeUndefined();
		expect(client.errors()).toEqual([]);
	});

	it("buys once when the player presses Buy twice before the purchase is in", () => {
		const { world, server, client } = joined(95, 905);
		expect(giveCoins(server, 905, 100)).toBe(true);
		world.runUntil(() => clientCoins(client) === 100, 5);
		click(world, client, "ShopButton");
		const buy = playerGui(client).FindFirstChild("Item_cap", true)!.FindFirstChild("ItemAction") as GuiButton;
		// A double click: both presses land before the server's answer comes back.
		expect(getEngine().click(buy)).toBe(true);
		expect(getEngine().click(buy)).toBe(true);
		world.advance(2);
		const owned = `local data = dataState.ownDataAtom() return data and table.find(data.cosmetics.owned, "cap") ~= nil`;
		expect(runOnClient(client, owned)).toBe(true);
		expect(clientCoins(client)).toBe(0);
		// The second press asked for nothing, so the player sees no "You already own that".
		expect(client.findText("ErrorToast")).toBeUndefined();
		expect(client.errors()).toEqual([]);
	});

	// The products are sold in the demo's shop.
	it("tells the developer what to change when a product id is a placeholder, instead of prompting", () => {
		const { world, client } = joined(97, 907);
		click(world, client, "ShopButton");
		click(world, client, "Product_1001", "ProductBuy");
		const warnings = world
			.output()
			.filter((entry) => entry.peer === "client907" && entry.kind === "warning")
			.map((entry) => entry.message);
		expect(warnings).toContain(
			"Product 1001 is a placeholder id: create the product on the Creator Dashboard and put its id in shared/config/products.ts",
		);
		expect(client.errors()).toEqual([]);
	});

	it("is refused a purchase in Spanish when pressing Buy without the coins", () => {
		const { world, client } = joined(122, 1202, "es-es");
		world.advance(1);
		expect(client.findText("RoundStatus")).toMatch("^[RD]");
		click(world, client, "ShopButton");
		expect(client.findText("Title")).toBe("Tienda");
		const halo = playerGui(client).FindFirstChild("Item_halo", true)!;
		expect((halo.FindFirstChild("ItemPrice", true) as TextLabel).Text).toBe("5.000 monedas");
		click(world, client, "Item_halo", "ItemAction");
		world.advance(0.5);
		expect(client.findText("ErrorToast")).toBe("Necesitas más monedas.");
		expect(client.errors()).toEqual([]);
	});

	it("opens the shop with its key and its gamepad button", () => {
		const { world, client } = joined(206, 2006);
		const model = () => client.game()!;
		const shown = () => playerGui(client).FindFirstChild("ShopPanel", true) !== undefined;
		const press = (keyCode: Enum.KeyCode, gamepad: boolean) => {
			const outcome = gamepad ? pressGamepad(model(), keyCode) : pressKey(model(), keyCode);
			world.advance(0.2);
			return outcome;
		};
		expect(press(SHOP_BINDING.keyboard[0], false)).toEqual({ gameProcessed: true, action: "TogglePanel_shop" });
		expect(shown()).toBe(true);
		press(SHOP_BINDING.keyboard[0], false);
		expect(shown()).toBe(false);
		press(SHOP_BINDING.gamepad[0], true);
		expect(shown()).toBe(true);
		expect(model().GetService("GuiService").SelectedObject?.IsA("GuiButton")).toBe(true);
		expect(client.errors()).toEqual([]);
	});
});
