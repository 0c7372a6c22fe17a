import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { giveCoins } from "testing/game-server";
import { analyticsEvents } from "testing/platform-services";
import { clickOnScreen as click, joinedWithUi as joined, playerGui } from "testing/ui-client";
import { createWorld, WorldClient } from "testing/world";

const UI = `local ui = controller("client/ui/ui-controller@UiController")`;

/** Whether the client's UiController has started (its onStart mounts the UI). */
function uiStarted(client: WorldClient) {
	return runOnClient(client, `${UI} return ui ~= nil`) === true;
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
