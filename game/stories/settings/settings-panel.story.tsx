import React from "@rbxts/react";
import { Boolean, CreateReactStory, Slider } from "@rbxts/ui-labs";
import { SettingsPanel } from "client/ui/components/settings/settings-panel";
import { MOCK_PLAYER, noop } from "stories/mocks/player.mock";
import { REACT } from "stories/react";

const SETTINGS = MOCK_PLAYER.settings;

/** The settings panel: both volumes and the round timer toggle. */
export = CreateReactStory(
	{
		...REACT,
		controls: {
			musicVolume: Slider(SETTINGS.musicVolume, 0, 1, 0.1),
			effectsVolume: Slider(SETTINGS.effectsVolume, 0, 1, 0.1),
			showRoundTimer: Boolean(SETTINGS.showRoundTimer),
		},
	},
	(props) => <SettingsPanel key="SettingsPanel" settings={props.controls} onChange={noop} onClose={noop} />,
);
