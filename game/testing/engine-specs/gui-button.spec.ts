// GuiButton's input events and the bridge's click, which presses a button as a player's left click does.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

let nextUserId = 8100;

function buttonOnScreen(): TextButton {
	const player = getEngine().addPlayerToHost(nextUserId, `ButtonSpec${nextUserId}`);
	nextUserId += 1;
	const screen = new Instance("ScreenGui");
	screen.Parent = player.WaitForChild("PlayerGui");
	const button = new Instance("TextButton");
	button.Parent = screen;
	return button;
}

function record(button: GuiButton): string[] {
	const log: string[] = [];
	button.MouseButton1Down.Connect(() => log.push("MouseButton1Down"));
	button.MouseButton1Up.Connect(() => log.push("MouseButton1Up"));
	button.MouseButton1Click.Connect(() => log.push("MouseButton1Click"));
	button.Activated.Connect((_input, clickCount) => log.push(`Activated ${clickCount}`));
	return log;
}

describe("GuiButton clicks", () => {
	// create.roblox.com/docs/reference/engine/classes/GuiButton#MouseButton1Click and #Activated
	it("fires the left button's down, up and click, then Activated", () => {
		const button = buttonOnScreen();
		const log = record(button);
		expect(getEngine().click(button)).toBe(true);
		task.wait();
		expect(log).toEqual(["MouseButton1Down", "MouseButton1Up", "MouseButton1Click", "Activated 1"]);
	});

	// create.roblox.com/docs/reference/engine/classes/GuiObject#Interactable
	it("fires nothing for a button that is not Interactable or not on any screen", () => {
		const button = buttonOnScreen();
		const log = record(button);
		button.Interactable = false;
		expect(getEngine().click(button)).toBe(false);
		button.Interactable = true;
		button.Parent = undefined;
		expect(getEngine().click(button)).toBe(false);
		task.wait();
		expect(log).toEqual([]);
	});
});
