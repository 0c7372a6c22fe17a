import { describe, expect, it } from "@rbxts/jest-globals";
import { REJECTION_MESSAGES } from "shared/remotes/rejection";
import { clientCoins, runOnClient } from "testing/game-client";
import { giveCoins } from "testing/game-server";
import { analyticsEvents } from "testing/platform-services";
import { getEngine } from "testing/engine";
import { createWorld, WorldClient } from "testing/world";
// demo:begin
import "shared/demo/rejections";
// demo:end

const UI = `local ui = controller("client/ui/ui-controller@UiController")`;

/** Whether the client's UiController has started (its onStart mounts the UI). */
function uiStarted(client: WorldClient) {
	return runOnClient(client, `${UI} return ui ~= nil`) === true;
}

function playerGui(client: WorldClient): Instance {
	return client.game()!.FindFirstChildOfClass("Players")!.LocalPlayer.FindFirstChild("PlayerGui")!;
}

/**
 * Clicks a button as a player would: `path` names the button's ancestors from the outside in (each found anywhere
 * below the one before), then the button. The engine fires the mouse events and Activated.
 */
function click(world: ReturnType<typeof createWorld>, client: WorldClient, ...path: string[]) {
	let found: Instance | undefined = playerGui(client);
	for (const name of path) found = found?.FindFirstChild(name, true);
	expect(found !== undefined && found.IsA("GuiButton")).toBe(true);
	expect(getEngine().click(found as GuiButton)).toBe(true);
	world.advance(0.2);
}

// demo:begin
function timerSeconds(client: WorldClient): number | undefined {
	const text = client.findText("RoundTimer");
	if (text === undefined) return undefined;
	const [minutes, seconds] = text.match("^(%d+):(%d%d)$");
	return tonumber(minutes)! * 60 + tonumber(seconds)!;
}
// demo:end

function joined(seed: number, userId: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const client = world.join(userId, server);
	world.runUntil(() => uiStarted(client), 30);
	world.runUntil(() => client.findText("Coins") !== undefined, 60);
	return { world, server, client };
}

// The React UI on a real client of the game, in a world: what the player sees, read from the client's PlayerGui.
describe("the UI in a world", () => {
	it("shows the loading screen until the data arrives, then the HUD with the player's coins", () => {
		const world = createWorld({ seed: 91 });
		const server = world.startServer();
		// The data takes a second longer to arrive than usual, so the loading screen has time to show.
		const slow = world.addFault({ kind: "network-latency", userId: 901, seconds: 1 });
		const client = world.join(901, server);
		expect(world.runUntil(() => uiStarted(client), 30)).toBe(true);
		expect(world.runUntil(() => client.findText("LoadingText") !== undefined, 30)).toBe(true);
		world.removeFault(slow);
		expect(client.findText("Coins")).toBeUndefined();
		expect(world.runUntil(() => client.findText("Coins") !== undefined, 60)).toBe(true);
		expect(client.findText("LoadingText")).toBeUndefined();
		expect(client.findText("Coins")).toBe("0");
		// Interactive UI stays clear of Roblox's own buttons: CoreUISafeInsets, not IgnoreGuiInset
		// (create.roblox.com/docs/reference/engine/enums/ScreenInsets).
		const screen = runOnClient(
			client,
			`local gui = game.Players.LocalPlayer.PlayerGui:FindFirstChild("AltairUI")
			 return gui and gui.ClassName .. " " .. tostring(gui.ResetOnSpawn) .. " " .. tostring(gui.ScreenInsets)`,
		);
		expect(screen).toBe("ScreenGui false Enum.ScreenInsets.CoreUISafeInsets");

		giveCoins(server, 901, 1250);
		world.advance(0.5);
		expect(clientCoins(client)).toBe(1250);
		expect(client.findText("Coins")).toBe("1,250");
		expect(client.errors()).toEqual([]);
	});

	it("a panel that fails on a broken report shows its fallback, and the server counts the region once", () => {
		const { world, client } = joined(94, 904);
		const openBrokenReport = `
			require(client.state["diagnostics-state"]).diagnosticsAtom({ generatedAt = 0, overall = "ok" })
			localState.uiStateAtom({ openPanel = "none" })
			task.wait()
			localState.uiStateAtom({ openPanel = "diagnostics" })
		`;
		runOnClient(client, openBrokenReport);
		expect(world.runUntil(() => client.findText("PanelFailed") !== undefined, 5)).toBe(true);
		expect(client.findText("Coins")).toBe("0");
		// Closed and opened again: the boundary renders the panel anew, it fails anew, the client reports it again.
		runOnClient(client, openBrokenReport);
		world.advance(1);
		expect(client.findText("PanelFailed")).toBeDefined();
		const counted = analyticsEvents(world).filter((event) => event.eventName === "UiError");
		expect(
			counted.map((event) => [event.userId, (event.customFields as Record<string, string>).CustomField01]),
		).toEqual([[904, "Panel"]]);
	});

	// demo:begin
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
	// demo:end

	it("opens the leaderboard panel with the Boards button and closes it with a second click", () => {
		const { world, client } = joined(96, 906);
		const panelShown = () => playerGui(client).FindFirstChild("LeaderboardPanel", true) !== undefined;
		const clickBoards = () => click(world, client, "LeaderboardsButton");
		world.advance(1);
		expect(panelShown()).toBe(false);
		clickBoards();
		expect(runOnClient(client, `return localState.uiStateAtom().openPanel`)).toBe("leaderboards");
		expect(panelShown()).toBe(true);
		clickBoards();
		expect(panelShown()).toBe(false);
		expect(client.errors()).toEqual([]);
	});

	// demo:begin
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
	// demo:end

	it("has no diagnostics panel or button for a player who is not an admin", () => {
		const { world, client } = joined(95, 905);
		runOnClient(client, `localState.uiStateAtom({ openPanel = "diagnostics" })`);
		world.advance(3);
		expect(runOnClient(client, `return require(client.state["diagnostics-state"]).diagnosticsAtom() == nil`)).toBe(
			true,
		);
		expect(client.findText("DiagnosticsOverall")).toBeUndefined();
		expect(client.findText("DiagnosticsButton")).toBeUndefined();
		expect(client.findText("ForceSync")).toBeUndefined();
		expect(client.findText("Coins")).toBe("0");
	});
});
