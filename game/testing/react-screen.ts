import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { getEngine } from "testing/engine";

export interface TestScreen {
	readonly screen: ScreenGui;
	/** The Text of the first TextLabel/TextButton named `name` anywhere under the screen. */
	readonly text: (name: string) => string | undefined;
	readonly find: (name: string) => Instance | undefined;
	readonly render: (element: React.Element) => void;
	/**
	 * Clicks the button named `name` as a player would (the engine fires its mouse events and Activated), then lets
	 * React apply what the click changed. Throws when there is no such button.
	 */
	readonly click: (name: string) => void;
	/** Flushes the React work that threads outside act scheduled (timers, intervals). */
	readonly flush: () => void;
	readonly unmount: () => void;
}

let nextUserId = 7000;

/** Renders React elements into a ScreenGui in a fresh player's PlayerGui in the spec's DataModel, with act. */
export function mountScreen(initial: React.Element): TestScreen {
	const player = getEngine().addPlayerToHost(nextUserId, `UiSpec${nextUserId}`);
	nextUserId += 1;
	const screen = new Instance("ScreenGui");
	screen.Parent = player.WaitForChild("PlayerGui");
	const root = ReactRoblox.createRoot(screen);
	const render = (element: React.Element) => ReactRoblox.act(() => root.render(element));
	render(initial);
	const find = (name: string) => screen.FindFirstChild(name, true);
	const flush = () => ReactRoblox.act(() => {});
	return {
		screen,
		find,
		text: (name) => {
			const found = find(name);
			return found !== undefined && (found.IsA("TextLabel") || found.IsA("TextButton")) ? found.Text : undefined;
		},
		render,
		click: (name) => {
			const button = find(name);
			if (button === undefined || !button.IsA("GuiButton")) error(`no button named ${name} on the screen`);
			getEngine().click(button);
			// The place defers signal handlers: they run at the next resumption point, then React applies what they did.
			task.wait();
			flush();
		},
		flush,
		unmount: () => {
			ReactRoblox.act(() => root.unmount());
			screen.Destroy();
		},
	};
}
