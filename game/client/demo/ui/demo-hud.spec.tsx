import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import ReactRoblox from "@rbxts/react-roblox";
import { TypedEvent } from "shared/events";
import { REJECTION_MESSAGES, RejectionKind } from "shared/remotes/rejection";
import { mountScreen, TestScreen } from "testing/react-screen";
import { demoMockSources, MOCK_ROUND } from "stories/demo/demo.mock";
import { mockApp as story } from "stories/mocks/app.mock";
import { MOCK_NOW, MOCK_PLAYER } from "stories/mocks/player.mock";

// The app with the demo's UI registered, on mock sources: the round on the HUD, the shop, the demo's toasts.
describe("the app with the demo", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("names the round's phase as the game data changes", () => {
		const sources = demoMockSources(true, "none");
		mounted = mountScreen(story(sources));
		expect(mounted.text("RoundStatus")).toBe("Round 3");
		ReactRoblox.act(() => {
			sources.round({ ...MOCK_ROUND, phase: "results" });
		});
		expect(mounted.text("RoundStatus")).toBe("Results");
	});

	it("hides the round timer when the setting is off, and keeps the phase", () => {
		const sources = demoMockSources(true, "none");
		mounted = mountScreen(story(sources));
		expect(mounted.text("RoundTimer")).toBe("1:05");
		ReactRoblox.act(() => {
			sources.settings({ ...MOCK_PLAYER.settings, showRoundTimer: false });
		});
		expect(mounted.find("RoundTimer")).toBeUndefined();
		expect(mounted.text("RoundStatus")).toBe("Round 3");
	});

	it("counts the round timer down with the server clock", () => {
		// The server clock runs with the (virtual) clock, as Workspace:GetServerTimeNow does.
		const startedAt = os.clock();
		const sources = { ...demoMockSources(true, "none"), serverTime: () => MOCK_NOW + (os.clock() - startedAt) };
		mounted = mountScreen(story(sources));
		expect(mounted.text("RoundTimer")).toBe("1:05");
		task.wait(0.5);
		mounted.flush();
		expect(mounted.text("RoundTimer")).toBe("1:05");
		task.wait(5.6);
		mounted.flush();
		expect(mounted.text("RoundTimer")).toBe("0:59");
		task.wait(60);
		mounted.flush();
		expect(mounted.text("RoundTimer")).toBe("0:00");
		// Virtual time: the waits pass at once, but count against Jest's timeout.
	}, 90_000);

	it("opens the shop with its button and closes it with the panel's Close", () => {
		const sources = demoMockSources(true, "none");
		mounted = mountScreen(story(sources));
		mounted.click("ShopButton");
		expect(sources.uiState().openPanel).toBe("shop");
		expect(mounted.find("ShopPanel")).toBeDefined();
		mounted.click("Close");
		expect(mounted.find("ShopPanel")).toBeUndefined();
		expect(sources.uiState().openPanel).toBe("none");
	});

	it("tells the player nothing when another player reached a pickup first, and still tells other refusals", () => {
		const rejected = new TypedEvent<[string, string, RejectionKind]>();
		mounted = mountScreen(story({ ...demoMockSources(true, "none"), rejected }));
		ReactRoblox.act(() => rejected.fire("demo.collect", "anything", "already-collected"));
		expect(mounted.find("ErrorToast")).toBeUndefined();
		ReactRoblox.act(() => rejected.fire("demo.collect", "anything", "too-far"));
		expect(mounted.text("ErrorToast")).toBe(REJECTION_MESSAGES["too-far"]);
	});

	it("words the demo's rewards from its own strings", () => {
		const rewarded = new TypedEvent<[string, number]>();
		mounted = mountScreen(story({ ...demoMockSources(true, "none"), rewarded }));
		ReactRoblox.act(() => rewarded.fire("collected", 20));
		expect(mounted.text("RewardToast")).toBe("+20 coins: collected");
	});
});
