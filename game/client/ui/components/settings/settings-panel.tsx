import React from "@rbxts/react";
import { PlayerSettings } from "shared/data/player-data";
import { SettingChange } from "shared/data/settings";
import { useLocaliser } from "client/localisation/use-localiser";
import { stepVolume } from "client/ui/format";
import { Panel } from "../panel";
import { ToggleRow } from "./toggle-row";
import { VolumeRow } from "./volume-row";

export interface SettingsPanelProps {
	/** The settings as the player sees them (saved plus any change still on its way). */
	readonly settings: PlayerSettings;
	/** Applies a change at once and saves it (SettingsController.changeSetting in the game). */
	readonly onChange: (change: SettingChange) => void;
	readonly onClose: () => void;
}

/** Music and effects volume ("MusicVolume", "EffectsVolume") and the round timer toggle ("ShowRoundTimer"). */
export function SettingsPanel(props: SettingsPanelProps) {
	const { settings } = props;
	const localiser = useLocaliser();
	return (
		<Panel title={localiser.text("Settings.Title")} onClose={props.onClose}>
			<VolumeRow
				key="MusicVolumeRow"
				label={localiser.text("Settings.MusicVolume")}
				name="MusicVolume"
				value={settings.musicVolume}
				layoutOrder={0}
				onStep={(delta) =>
					props.onChange({ name: "musicVolume", value: stepVolume(settings.musicVolume, delta) })
				}
			/>
			<VolumeRow
				key="EffectsVolumeRow"
				label={localiser.text("Settings.EffectsVolume")}
				name="EffectsVolume"
				value={settings.effectsVolume}
				layoutOrder={1}
				onStep={(delta) =>
					props.onChange({ name: "effectsVolume", value: stepVolume(settings.effectsVolume, delta) })
				}
			/>
			<ToggleRow
				key="ShowRoundTimerRow"
				label={localiser.text("Settings.ShowRoundTimer")}
				name="ShowRoundTimer"
				value={settings.showRoundTimer}
				layoutOrder={2}
				onToggle={(value) => props.onChange({ name: "showRoundTimer", value })}
			/>
		</Panel>
	);
}
