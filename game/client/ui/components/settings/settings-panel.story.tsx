import React from "@rbxts/react";
import { MOCK_PLAYER, noop } from "client/ui/stories/mock-data";
import { SettingsPanel } from "./settings-panel";

/** The settings panel with the default settings. */
export function story() {
	return <SettingsPanel key="SettingsPanel" settings={MOCK_PLAYER.settings} onChange={noop} onClose={noop} />;
}
