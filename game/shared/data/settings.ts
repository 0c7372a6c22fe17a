import { PlayerSettings } from "./player-data";

/** One change to a saved setting, as a client asks for it. */
export type SettingChange =
	| { readonly name: "musicVolume"; readonly value: number }
	| { readonly name: "effectsVolume"; readonly value: number }
	| { readonly name: "showRoundTimer"; readonly value: boolean };

/** Checks a change against the rules (the types are already checked by the remote's guard). */
export function validateSettingChange(change: SettingChange): string | undefined {
	if (change.name === "musicVolume" || change.name === "effectsVolume") {
		const value = change.value;
		if (value !== value || value < 0 || value > 1) return `${change.name} must be between 0 and 1`;
	}
	return undefined;
}

export function applySettingChange(settings: PlayerSettings, change: SettingChange): PlayerSettings {
	return { ...settings, [change.name]: change.value };
}
