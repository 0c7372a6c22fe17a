import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import ReactRoblox from "@rbxts/react-roblox";
import { TypedEvent } from "shared/events";
import { mountScreen, TestScreen } from "testing/react-screen";
import { mockApp as story, mockSources } from "stories/mocks/app.mock";
import { TOAST_SECONDS } from "./hooks/use-toasts";
import { MOCK_GAME, MOCK_NOW, MOCK_PLAYER } from "stories/mocks/player.mock";
import { REJECTION_MESSAGES, RejectionKind } from "shared/remotes/rejection";
// demo:begin
import "shared/demo/rejections";
import { MOCK_ROUND } from "stories/mocks/player.mock";
// demo:end

describe("the app", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("swaps the loading screen for the HUD when the data arrives, and follows the atoms", () => {
		const sources = mockSources(false, "none");
		mounted = mountScreen(story(sources));
		expect(mounted.text("LoadingText")).toBe("Loading your data...");
		ReactRoblox.act(() => {
			sources.ownData(MOCK_PLAYER);
		});
		expect(mounted.text("LoadingText")).toBe("Loading the game...");
		ReactRoblox.act(() => {
			sources.gameData(MOCK_GAME);
		});
		expect(mounted.find("LoadingScreen")).toBeUndefined();
		expect(mounted.text("Coins")).toBe("1,250");
		ReactRoblox.act(() => {
			sources.ownData({ ...MOCK_PLAYER, coins: 1_000_000 });
		});
		expect(mounted.text("Coins")).toBe("1,000,000");
		// demo:begin
		ReactRoblox.act(() => {
			sources.round({ ...MOCK_ROUND, phase: "results" });
		});
		expect(mounted.text("RoundStatus")).toBe("Results");
		// demo:end
	});

	it("opens the panel uiState names and follows the settings (the round timer hides when it is off)", () => {
		const sources = mockSources(true, "none");
		mounted = mountScreen(story(sources));
		expect(mounted.find("SettingsPanel")).toBeUndefined();
		ReactRoblox.act(() => {
			sources.uiState({ openPanel: "settings" });
		});
		expect(mounted.text("MusicVolume")).toBe("50%");
		ReactRoblox.act(() => {
			sources.settings({ ...MOCK_PLAYER.settings, musicVolume: 0.3, showRoundTimer: false });
		});
		expect(mounted.text("MusicVolume")).toBe("30%");
		// demo:begin
		expect(mounted.find("RoundTimer")).toBeUndefined();
		expect(mounted.text("RoundStatus")).toBe("Round 3");
		// demo:end
		ReactRoblox.act(() => {
			sources.uiState({ openPanel: "none" });
		});
		expect(mounted.find("SettingsPanel")).toBeUndefined();
	});

	it("shows the diagnostics panel and its button only while there is a report (admins)", () => {
		const sources = mockSources(true, "diagnostics");
		sources.diagnostics(undefined);
		mounted = mountScreen(story(sources));
		expect(mounted.find("DiagnosticsPanel")).toBeUndefined();
		expect(mounted.find("DiagnosticsButton")).toBeUndefined();
		ReactRoblox.act(() => {
			sources.diagnostics({ generatedAt: MOCK_NOW, overall: "ok", systems: [] });
		});
		expect(mounted.text("DiagnosticsOverall")).toBe("Overall: ok");
		expect(mounted.text("DiagnosticsButton")).toBe("Health");
	});

	// demo:begin
	it("counts the round timer down with the server clock", () => {
		// The server clock runs with the (virtual) clock, as Workspace:GetServerTimeNow does.
		const startedAt = os.clock();
		const sources = { ...mockSources(true, "none"), serverTime: () => MOCK_NOW + (os.clock() - startedAt) };
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

	it("tells the player nothing when another player reached a pickup first, and still tells other refusals", () => {
		const rejected = new TypedEvent<[string, string, RejectionKind]>();
		mounted = mountScreen(story({ ...mockSources(true, "none"), rejected }));
		ReactRoblox.act(() => rejected.fire("demo.collect", "anything", "already-collected"));
		expect(mounted.find("ErrorToast")).toBeUndefined();
		ReactRoblox.act(() => rejected.fire("demo.collect", "anything", "too-far"));
		expect(mounted.text("ErrorToast")).toBe(REJECTION_MESSAGES["too-far"]);
	});
	// demo:end

	it("shows a toast per reward and refusal, each for a few seconds", () => {
		const rewarded = new TypedEvent<[string, number]>();
		const rejected = new TypedEvent<[string, string, RejectionKind]>();
		const sources = { ...mockSources(true, "none"), rewarded, rejected };
		mounted = mountScreen(story(sources));
		expect(mounted.find("RewardToast")).toBeUndefined();
		// demo:begin
		// The demo's reward reasons are in its own table (the framework gives no coins of its own).
		ReactRoblox.act(() => rewarded.fire("collected", 20));
		expect(mounted.text("RewardToast")).toBe("+20 coins: collected");
		// demo:end
		task.wait(TOAST_SECONDS / 2);
		// The toast says what the table says for the refusal's kind, not what the message was.
		ReactRoblox.act(() => rejected.fire("settings.change", "anything", "rate-limited"));
		expect(mounted.text("ErrorToast")).toBe(REJECTION_MESSAGES["rate-limited"]);
		task.wait(TOAST_SECONDS / 2 + 0.1);
		mounted.flush();
		expect(mounted.find("RewardToast")).toBeUndefined();
		expect(mounted.text("ErrorToast")).toBe(REJECTION_MESSAGES["rate-limited"]);
		task.wait(TOAST_SECONDS / 2);
		mounted.flush();
		expect(mounted.find("ErrorToast")).toBeUndefined();
		expect(rewarded.listenerCount()).toBe(1);
		mounted.unmount();
		mounted = undefined;
		expect(rewarded.listenerCount()).toBe(0);
		// Virtual time: the waits above pass at once, but count against Jest's timeout.
	}, 30_000);

	it("keeps at most four toasts, dropping the oldest", () => {
		const rejected = new TypedEvent<[string, string, RejectionKind]>();
		mounted = mountScreen(story({ ...mockSources(true, "none"), rejected }));
		const kinds: RejectionKind[] = [
			"bad-arguments",
			"not-admin",
			"data-not-loaded",
			"invalid-setting",
			"no-such-entity",
			"field-not-allowed",
		];
		ReactRoblox.act(() => {
			for (const kind of kinds) rejected.fire("settings.change", kind, kind);
		});
		const toasts = mounted
			.find("Toasts")!
			.GetChildren()
			.filter((child) => child.IsA("Frame"));
		expect(toasts.size()).toBe(4);
		expect(mounted.find("Toast_2")).toBeUndefined();
		const text = (id: number) => (mounted!.find(`Toast_${id}`)?.FindFirstChild("ErrorToast") as TextLabel).Text;
		expect([3, 4, 5, 6].map(text)).toEqual(
			kinds.filter((_, index) => index >= 2).map((kind) => REJECTION_MESSAGES[kind]),
		);
	});
});
