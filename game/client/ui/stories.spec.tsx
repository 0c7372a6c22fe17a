import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { Workspace } from "@rbxts/services";
import { mountScreen, TestScreen } from "testing/react-screen";
import { story as appStory, loadingStory } from "./app.story";
import { story as diagnosticsStory } from "./components/diagnostics/diagnostics-panel.story";
import { story as hudStory } from "./components/hud/hud.story";
import { story as loadingScreenStory } from "./components/loading-screen.story";
import { story as settingsStory } from "./components/settings/settings-panel.story";
// demo:begin
import { story as shopStory } from "./components/shop/shop-panel.story";
// demo:end
import {
	emptyStory as emptyBoardStory,
	loadingStory as loadingBoardStory,
	pastSeasonStory,
	pinnedStory,
	story as leaderboardPanelStory,
} from "./leaderboards/leaderboard-panel.story";
import { STORY_PART_NAME, story as worldBoardStory } from "./leaderboards/world-board.story";

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

	it("HUD: coins with separators, the game's items, toasts and panel buttons", () => {
		mounted = mountScreen(hudStory());
		expect(mounted.text("Coins")).toBe("1,250");
		// demo:begin
		expect(mounted.text("RoundStatus")).toBe("Round 3");
		expect(mounted.text("RoundTimer")).toBe("1:05");
		expect(mounted.text("ShopButton")).toBe("Shop");
		// demo:end
		expect(mounted.text("RewardToast")).toBe("+20 coins: collected");
		expect(mounted.text("ErrorToast")).toBe("Halo costs 5000 coins");
		expect(mounted.text("SettingsButton")).toBe("Settings");
		expect(mounted.text("LeaderboardsButton")).toBe("Boards");
		expect(mounted.text("DiagnosticsButton")).toBe("Health");
	});

	// demo:begin
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
	// demo:end

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
		expect(mounted.find("SettingsPanel")).toBeDefined();
		expect(mounted.find("LoadingScreen")).toBeUndefined();
	});

	it("app: only the loading screen before the data", () => {
		mounted = mountScreen(loadingStory());
		expect(mounted.text("LoadingText")).toBe("Loading your data...");
		expect(mounted.find("Coins")).toBeUndefined();
		expect(mounted.find("Hud")).toBeUndefined();
	});

	it("leaderboard panel: tabs, seasons, the top with the viewer's own row highlighted", () => {
		mounted = mountScreen(leaderboardPanelStory());
		expect(mounted.text("LeaderboardTitle")).toBe("Points");
		expect(mounted.text("LeaderboardSeason")).toBe("Week 1, 2026");
		expect(mounted.text("LeaderboardTab_points")).toBe("Points");
		expect(mounted.text("LeaderboardTab_time")).toBe("Fastest course");
		expect(mounted.text("LeaderboardSeason_2026-W01")).toBe("Current");
		expect(mounted.text("LeaderboardSeason_2025-W52")).toBe("Week 52, 2025");
		expect(mounted.text("LeaderboardSeason_2025-W51")).toBe("Week 51, 2025");
		expect(mounted.text("LeaderboardRow1")).toBe("1. Nova  1420");
		expect(mounted.text("LeaderboardRow2")).toBe("2. Kai  1310");
		expect(mounted.text("LeaderboardRow3")).toBe("2. Mira  1310");
		expect(mounted.text("LeaderboardRow5")).toBe("5. Robin  990");
		expect(mounted.text("LeaderboardRow10")).toBe("10. Otto  305");
		expect((mounted.find("LeaderboardRow5") as TextLabel).Font).toBe(Enum.Font.GothamBold);
		expect((mounted.find("LeaderboardRow4") as TextLabel).Font).toBe(Enum.Font.Gotham);
		expect(mounted.find("LeaderboardPinned")).toBeUndefined();
	});

	it("leaderboard panel: a viewer outside the top is pinned below it as 100+", () => {
		mounted = mountScreen(pinnedStory());
		expect(mounted.text("LeaderboardRow10")).toBe("10. Otto  305");
		expect(mounted.find("LeaderboardRow11")).toBeUndefined();
		expect(mounted.text("LeaderboardPinned")).toBe("100+. Sam  35");
	});

	it("leaderboard panel: loading before the first read, then empty once read", () => {
		mounted = mountScreen(loadingBoardStory());
		expect(mounted.text("LeaderboardTitle")).toBe("Points");
		expect(mounted.text("LeaderboardStatus")).toBe("Loading…");
		expect(mounted.find("LeaderboardRow1")).toBeUndefined();
		mounted.unmount();
		mounted = mountScreen(emptyBoardStory());
		expect(mounted.text("LeaderboardStatus")).toBe("No scores yet");
		expect(mounted.find("LeaderboardRow1")).toBeUndefined();
		expect(mounted.find("LeaderboardPinned")).toBeUndefined();
	});

	it("leaderboard panel: a past season shows its snapshot and its name", () => {
		mounted = mountScreen(pastSeasonStory());
		expect(mounted.text("LeaderboardSeason")).toBe("Week 52, 2025");
		expect(mounted.text("LeaderboardRow1")).toBe("1. Juno  1880");
		expect(mounted.text("LeaderboardRow2")).toBe("2. Robin  1500");
		expect(mounted.text("LeaderboardRow3")).toBe("3. Pia  720");
		expect(mounted.find("LeaderboardRow4")).toBeUndefined();
		expect(mounted.find("LeaderboardPinned")).toBeUndefined();
	});

	it("world board: a SurfaceGui on the story's part with the season and the top", () => {
		mounted = mountScreen(worldBoardStory());
		const part = Workspace.FindFirstChild(STORY_PART_NAME);
		expect(part?.IsA("Part")).toBe(true);
		const text = (name: string) => (part?.FindFirstChild(name, true) as TextLabel | undefined)?.Text;
		expect(part?.FindFirstChildWhichIsA("SurfaceGui")).toBeDefined();
		expect(text("BoardTitle")).toBe("Points");
		expect(text("BoardSeason")?.sub(1, 12)).toBe("Week 1, 2026");
		expect(text("BoardRow1")).toBe("1. Nova  1420");
		expect(text("BoardRow5")).toBe("5. Robin  990");
		// The screen itself draws nothing: the board is in the world.
		expect(mounted.find("BoardRow1")).toBeUndefined();
		mounted.unmount();
		mounted = undefined;
		expect(Workspace.FindFirstChild(STORY_PART_NAME)).toBeUndefined();
	});
});
