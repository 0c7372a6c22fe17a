import { describe, expect, it } from "@rbxts/jest-globals";
import { atom } from "@rbxts/charm";
import { UiState } from "client/state/local-state";
import { nextPanel, openPanel, togglePanel } from "./panel-actions";

describe("panel actions", () => {
	it("opens a closed panel, swaps an open one, and closes the panel that is open", () => {
		expect(nextPanel("none", "settings")).toBe("settings");
		expect(nextPanel("leaderboards", "settings")).toBe("settings");
		expect(nextPanel("settings", "settings")).toBe("none");
	});

	it("toggles the panel state the HUD reads, and leaves it as it is when nothing changes", () => {
		const uiState = atom<UiState>({ openPanel: "none" });
		togglePanel(uiState, "leaderboards");
		expect(uiState().openPanel).toBe("leaderboards");
		const open = uiState();
		openPanel(uiState, "leaderboards");
		expect(uiState()).toBe(open);
		togglePanel(uiState, "leaderboards");
		expect(uiState().openPanel).toBe("none");
	});
});
