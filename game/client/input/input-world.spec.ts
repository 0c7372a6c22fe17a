import { describe, expect, it } from "@rbxts/jest-globals";
import { CLOSE_BINDING, PANEL_BINDINGS } from "shared/config/input";
import { VOLUME_STEP } from "client/ui/components/settings/volume-row";
import { runOnClient } from "testing/game-client";
import { pressGamepad, pressKey } from "testing/input";
import { createWorld, WorldClient } from "testing/world";

const UI = `local ui = controller("client/ui/ui-controller@UiController")`;

// A player on a world client with the game's UI, pressing keys and gamepad buttons as the device would send them.
function joined(seed: number, userId: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const client = world.join(userId, server);
	world.runUntil(() => runOnClient(client, `${UI} ui:mount() return true`) === true, 30);
	world.runUntil(() => client.findText("Coins") !== undefined, 60);
	const model = () => client.game()!;
	const playerGui = () => model().FindFirstChildOfClass("Players")!.LocalPlayer.FindFirstChild("PlayerGui")!;
	const shown = (name: string) => playerGui().FindFirstChild(name, true) !== undefined;
	const openPanel = () => runOnClient(client, `return localState.uiStateAtom().openPanel`);
	const selected = () => model().GetService("GuiService").SelectedObject;
	const key = (keyCode: Enum.KeyCode) => {
		const outcome = pressKey(model(), keyCode);
		world.advance(0.2);
		return outcome;
	};
	const button = (keyCode: Enum.KeyCode) => {
		const outcome = pressGamepad(model(), keyCode);
		world.advance(0.2);
		return outcome;
	};
	return { world, client, playerGui, shown, openPanel, selected, key, button };
}

function noErrors(client: WorldClient) {
	expect(client.errors()).toEqual([]);
}

describe("input on a client of the game", () => {
	it("opens each panel with its key, closes it with the same key, and Escape closes whatever is open", () => {
		const { client, shown, openPanel, key } = joined(201, 2001);
		const [boardsKey] = PANEL_BINDINGS.leaderboards.keyboard;
		const [settingsKey] = PANEL_BINDINGS.settings.keyboard;
		const [escape] = CLOSE_BINDING.keyboard;
		expect(key(boardsKey)).toEqual({ gameProcessed: true, action: "TogglePanel_leaderboards" });
		expect(openPanel()).toBe("leaderboards");
		expect(shown("LeaderboardPanel")).toBe(true);
		key(boardsKey);
		expect(shown("LeaderboardPanel")).toBe(false);
		key(settingsKey);
		expect(shown("SettingsPanel")).toBe(true);
		// Another panel's key swaps the panels, as its HUD button does.
		key(boardsKey);
		expect(shown("SettingsPanel")).toBe(false);
		expect(shown("LeaderboardPanel")).toBe(true);
		expect(key(escape).gameProcessed).toBe(true);
		expect(openPanel()).toBe("none");
		expect(shown("LeaderboardPanel")).toBe(false);
		// With nothing open, Escape is not the game's: it passes on (to Roblox's menu).
		expect(key(escape)).toEqual({ gameProcessed: false });
		noErrors(client);
	});

	it("does nothing with a panel key while the player types in a TextBox", () => {
		const { client, openPanel, key } = joined(202, 2002);
		runOnClient(
			client,
			`local box = Instance.new("TextBox")
			 box.Name = "ChatLine"
			 box.Parent = game.Players.LocalPlayer.PlayerGui:FindFirstChild("AltairUI")
			 box:CaptureFocus()`,
		);
		const [settingsKey] = PANEL_BINDINGS.settings.keyboard;
		expect(key(settingsKey)).toEqual({ gameProcessed: true });
		expect(openPanel()).toBe("none");
		runOnClient(client, `game.Players.LocalPlayer.PlayerGui:FindFirstChild("ChatLine", true):ReleaseFocus()`);
		key(settingsKey);
		expect(openPanel()).toBe("settings");
		noErrors(client);
	});

	it("opens a panel from the gamepad with the selection on its first button, moves it with the D-pad, and B closes", () => {
		const { client, playerGui, shown, openPanel, selected, button } = joined(203, 2003);
		const [settingsButton] = PANEL_BINDINGS.settings.gamepad;
		const [closeButton] = CLOSE_BINDING.gamepad;
		const volume = () => runOnClient(client, `return localState.localSettingsAtom().musicVolume`) as number;
		button(settingsButton);
		expect(shown("SettingsPanel")).toBe(true);
		const panel = playerGui().FindFirstChild("SettingsPanel", true)!;
		const first = selected();
		expect(first?.IsDescendantOf(panel)).toBe(true);
		// The first row's first control: music volume's minus button, at the top left of the panel's controls.
		expect(first?.Name).toBe("MusicVolumeDown");
		button(Enum.KeyCode.DPadDown);
		const below = selected();
		expect(below).never.toBe(first);
		expect(below?.IsDescendantOf(panel)).toBe(true);
		expect(below!.AbsolutePosition.Y).toBeGreaterThan(first!.AbsolutePosition.Y);
		button(Enum.KeyCode.DPadUp);
		expect(selected()).toBe(first);
		// ButtonA presses the selected button, as a click would.
		const before = volume();
		button(Enum.KeyCode.DPadRight);
		const right = selected();
		expect(right?.Name).toBe("MusicVolumeUp");
		expect(button(Enum.KeyCode.ButtonA)).toEqual({ gameProcessed: true });
		expect(volume()).toBeCloseTo(before + VOLUME_STEP);
		expect(button(closeButton).action).toBe("ClosePanel");
		expect(openPanel()).toBe("none");
		expect(shown("SettingsPanel")).toBe(false);
		expect(selected()).toBeUndefined();
		noErrors(client);
	});

	it("opens a panel from the keyboard without taking the gamepad's selection", () => {
		const { client, shown, selected, key } = joined(204, 2004);
		key(PANEL_BINDINGS.settings.keyboard[0]);
		expect(shown("SettingsPanel")).toBe(true);
		expect(selected()).toBeUndefined();
		noErrors(client);
	});

	it("takes a panel key before a game's own action bound to the same key", () => {
		const { client, openPanel, key } = joined(207, 2007);
		const [boardsKey] = PANEL_BINDINGS.leaderboards.keyboard;
		runOnClient(
			client,
			`_G.gameActionRan = 0
			 game:GetService("ContextActionService"):BindAction("GameAction", function()
				 _G.gameActionRan += 1
			 end, false, Enum.KeyCode.${boardsKey.Name})`,
		);
		expect(key(boardsKey).action).toBe("TogglePanel_leaderboards");
		expect(openPanel()).toBe("leaderboards");
		expect(runOnClient(client, `return _G.gameActionRan`)).toBe(0);
		noErrors(client);
	});

	it("passes the diagnostics key on for a player who may not see the panel", () => {
		const { client, openPanel, key, button } = joined(205, 2005);
		expect(key(PANEL_BINDINGS.diagnostics.keyboard[0])).toEqual({ gameProcessed: false });
		expect(button(PANEL_BINDINGS.diagnostics.gamepad[0])).toEqual({ gameProcessed: false });
		expect(openPanel()).toBe("none");
		noErrors(client);
	});

	it("opens the diagnostics panel with its key and button for a player who gets the health report", () => {
		const { client, shown, selected, openPanel, key, button } = joined(208, 2008);
		// What the sync hands an admin's client (an empty report: no system to list).
		runOnClient(
			client,
			`require(client.state["diagnostics-state"]).diagnosticsAtom({ generatedAt = 0, overall = "ok", systems = {} })`,
		);
		expect(key(PANEL_BINDINGS.diagnostics.keyboard[0]).gameProcessed).toBe(true);
		expect(shown("DiagnosticsPanel")).toBe(true);
		key(PANEL_BINDINGS.diagnostics.keyboard[0]);
		expect(openPanel()).toBe("none");
		button(PANEL_BINDINGS.diagnostics.gamepad[0]);
		expect(shown("DiagnosticsPanel")).toBe(true);
		expect(selected()?.IsA("GuiButton")).toBe(true);
		noErrors(client);
	});
});
