import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { atom } from "@rbxts/charm";
import { TypedEvent } from "shared/events";
import { mountScreen, TestScreen } from "testing/react-screen";
import { mockApp as story, mockSources } from "stories/mocks/app.mock";
import { TOAST_SECONDS } from "./hooks/use-toasts";
import { useSelected } from "./hooks/use-atom";
import { NO_EXTENSIONS, UiExtensions, UiItemProps, withHudItem, withPanel } from "./ui-registry";
import { MOCK_GAME, MOCK_NOW, MOCK_PLAYER } from "stories/mocks/player.mock";
import { PrivatePlayerView } from "shared/data/player-views";
import { REJECTION_MESSAGES, RejectionKind } from "shared/remotes/rejection";

const selectCoins = (data: PrivatePlayerView | undefined) => data?.coins;

/** A HUD item of a game's own, showing the coins it reads from the app's sources. */
function GameCoins(props: UiItemProps) {
	const coins = useSelected(props.sources.ownData, selectCoins);
	return <textlabel Text={`${coins}`} />;
}

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
	});

	it("opens the panel uiState names and follows the settings", () => {
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

	it("draws the game's own HUD items and panels, with a button per panel in the menu's order", () => {
		const extensions = atom<UiExtensions>(NO_EXTENSIONS);
		const sources = { ...mockSources(true, "none"), extensions };
		mounted = mountScreen(story(sources));
		expect(mounted.find("GameCoins")).toBeUndefined();
		ReactRoblox.act(() => {
			extensions(
				withPanel(withHudItem(NO_EXTENSIONS, { key: "GameCoins", component: GameCoins }), {
					panel: "extra",
					order: 25,
					button: "ExtraButton",
					labelKey: "Hud.Coins",
					frame: "ExtraPanel",
					binding: { keyboard: [], gamepad: [] },
					component: (props) => <textbutton Text="" Event={{ Activated: props.onClose }} />,
				}),
			);
		});
		// The item reads the sources it is given, as the framework's own parts do.
		expect(mounted.text("GameCoins")).toBe(`${MOCK_PLAYER.coins}`);
		const order = (name: string) => (mounted!.find(name) as TextButton).LayoutOrder;
		expect(mounted.text("ExtraButton")).toBe("Coins");
		expect(order("LeaderboardsButton") < order("ExtraButton")).toBe(true);
		expect(order("ExtraButton") < order("SettingsButton")).toBe(true);
		mounted.click("ExtraButton");
		expect(sources.uiState().openPanel).toBe("extra");
		expect(mounted.find("ExtraPanel")).toBeDefined();
		mounted.click("ExtraPanel");
		expect(sources.uiState().openPanel).toBe("none");
		expect(mounted.find("ExtraPanel")).toBeUndefined();
	});

	it("shows a toast per reward and refusal, each for a few seconds", () => {
		const rewarded = new TypedEvent<[string, number]>();
		const rejected = new TypedEvent<[string, string, RejectionKind]>();
		const sources = { ...mockSources(true, "none"), rewarded, rejected };
		mounted = mountScreen(story(sources));
		expect(mounted.find("RewardToast")).toBeUndefined();
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
