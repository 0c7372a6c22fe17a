import { describe, expect, it } from "@rbxts/jest-globals";
import { atom } from "@rbxts/charm";
import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { getEngine } from "testing/engine";
import { useAtom } from "./use-atom";

function CoinsLabel(props: { coins: () => number }) {
	const coins = useAtom(props.coins);
	return <textlabel key="Coins" Text={`Coins: ${coins}`} />;
}

// React renders Roblox instances: a TextLabel under a ScreenGui in the player's PlayerGui
// (create.roblox.com/docs/reference/engine/classes/PlayerGui).
describe("useAtom with React", () => {
	it("renders a TextLabel into PlayerGui and re-renders when the atom changes", () => {
		const player = getEngine().addPlayerToHost(101, "Renderer");
		const screen = new Instance("ScreenGui");
		screen.Parent = player.WaitForChild("PlayerGui");
		const coins = atom(5);
		const root = ReactRoblox.createRoot(screen);

		ReactRoblox.act(() => root.render(<CoinsLabel coins={coins} />));
		const label = screen.FindFirstChild("Coins") as TextLabel | undefined;
		expect(label?.IsA("TextLabel")).toBe(true);
		expect(label?.Text).toBe("Coins: 5");

		ReactRoblox.act(() => {
			coins(12);
		});
		expect(label?.Text).toBe("Coins: 12");
		expect(screen.FindFirstChild("Coins")).toBe(label);

		ReactRoblox.act(() => root.unmount());
		expect(screen.FindFirstChild("Coins")).toBeUndefined();
	});

	it("stops listening after unmount", () => {
		const screen = new Instance("ScreenGui");
		const coins = atom(1);
		const root = ReactRoblox.createRoot(screen);
		ReactRoblox.act(() => root.render(<CoinsLabel coins={coins} />));
		const label = screen.FindFirstChild("Coins") as TextLabel;
		ReactRoblox.act(() => root.unmount());
		ReactRoblox.act(() => {
			coins(2);
		});
		expect(label.Text).toBe("Coins: 1");
	});
});
