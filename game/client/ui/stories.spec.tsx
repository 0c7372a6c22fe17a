import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { mountScreen, TestScreen } from "testing/react-screen";
import { story as appStory, loadingStory } from "./app.story";
import { story as diagnosticsStory } from "./components/diagnostics/diagnostics-panel.story";
import { story as hudStory } from "./components/hud/hud.story";
import { story as loadingScreenStory } from "./components/loading-screen.story";
import { story as settingsStory } from "./components/settings/settings-panel.story";
import { story as shopStory } from "./components/shop/shop-panel.story";

// Every story renders into a ScreenGui in a player's PlayerGui and shows its key texts.
describe("UI stories", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("loading screen", () => {
		mounted = mountScreen(loadingScreenStory());
		expect(mounted.find("LoadingScreen")?.IsA("Frame")).toBe(true);
		expect(mounted.text("LoadingText")).toBe("Loading your data...");
	});

	it("HUD: coins with separators, round, timer, toasts and panel buttons", () => {
		mounted = mountScreen(hudStory());
		expect(mounted.text("Coins")).toBe("1,250");
		expect(mounted.text("RoundStatus")).toBe("Round 3");
		expect(mounted.text("RoundTimer")).toBe("1:05");
		expect(mounted.text("RewardToast")).toBe("+20 coins: collected");
		expect(mounted.text("ErrorToast")).toBe("Halo costs 5000 coins");
		expect(mounted.text("ShopButton")).toBe("Shop");
		expect(mounted.text("SettingsButton")).toBe("Settings");
		expect(mounted.text("LeaderboardsButton")).toBe("Boards");
		expect(mounted.text("DiagnosticsButton")).toBe("Health");
	});

	it("shop: prices, owned and equipped items, coin packs", () => {
		mounted = mountScreen(shopStory());
		const row = (item: string, label: string) =>
			mounted!.find(item)?.FindFirstChild(label) as TextLabel | undefined;
		expect(mounted.find("ShopPanel")?.FindFirstChild("Title")).toBeDefined();
		expect(row("Item_cap", "ItemPrice")?.Text).toBe("Owned");
		expect(row("Item_cap", "ItemAction")?.Text).toBe("Equip");
		expect(row("Item_crown", "ItemPrice")?.Text).toBe("Equipped");
		expect(row("Item_crown", "ItemAction")?.Text).toBe("Unequip");
		expect(row("Item_cape", "ItemPrice")?.Text).toBe("1,500 coins");
		expect(row("Item_cape", "ItemAction")?.Text).toBe("Buy");
		expect(row("Item_halo", "ItemPrice")?.Text).toBe("5,000 coins");
		expect(row("Product_1001", "ProductName")?.Text).toBe("Pouch of coins");
		expect(row("Product_1001", "ProductGrant")?.Text).toBe("+500 coins");
		expect(row("Product_1002", "ProductGrant")?.Text).toBe("+3,000 coins");
	});

	it("settings: volumes as percentages and the timer toggle", () => {
		mounted = mountScreen(settingsStory());
		expect(mounted.text("MusicVolume")).toBe("50%");
		expect(mounted.text("EffectsVolume")).toBe("80%");
		expect(mounted.text("ShowRoundTimer")).toBe("On");
		expect(mounted.find("MusicVolumeUp")?.IsA("TextButton")).toBe(true);
		expect(mounted.find("MusicVolumeDown")?.IsA("TextButton")).toBe(true);
	});

	it("diagnostics: overall grade, age, systems with reasons and stats, force sync", () => {
		mounted = mountScreen(diagnosticsStory());
		expect(mounted.text("DiagnosticsOverall")).toBe("Overall: degraded");
		expect(mounted.text("DiagnosticsAge")).toBe("Updated 2 s ago");
		expect(mounted.text("ForceSync")).toBe("Force sync");
		const system = mounted.find("System_dataStore")!;
		expect((system.FindFirstChild("SystemStatus") as TextLabel).Text).toBe("degraded");
		expect((system.FindFirstChild("SystemReasons") as TextLabel).Text).toBe(
			"largest share of a budget used is 0.62, over 0.5",
		);
		expect((system.FindFirstChild("SystemStats") as TextLabel).Text).toBe("largestShareUsed: 0.62");
		const replication = mounted.find("System_stateReplication")!;
		expect((replication.FindFirstChild("SystemReasons") as TextLabel).Text).toBe("No problems");
		expect((replication.FindFirstChild("SystemStats") as TextLabel).Text).toBe(
			"bytes: 48200   entities: 12   patches: 340",
		);
	});

	it("app: the HUD with the open panel once loaded", () => {
		mounted = mountScreen(appStory());
		expect(mounted.text("Coins")).toBe("1,250");
		expect(mounted.find("ShopPanel")).toBeDefined();
		expect(mounted.find("LoadingScreen")).toBeUndefined();
	});

	it("app: only the loading screen before the data", () => {
		mounted = mountScreen(loadingStory());
		expect(mounted.text("LoadingText")).toBe("Loading your data...");
		expect(mounted.find("Coins")).toBeUndefined();
		expect(mounted.find("Hud")).toBeUndefined();
	});
});
