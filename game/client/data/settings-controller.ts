import { Controller, OnStart } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { PlayerSettings } from "shared/data/player-data";
import { applySettingChange, SettingChange, validateSettingChange } from "shared/data/settings";
import { ClientEvents } from "client/network/client-events";
import { ownDataAtom } from "client/state/data-state";
import { localSettingsAtom } from "client/state/local-state";

/**
 * Saved settings, optimistically: a change shows at once in the local settings and goes to the server. The server's
 * saved value wins (ServerWins): when it confirms, the pending change is dropped; when it refuses, the local value
 * rolls back to the saved one. A change made before the player's data has arrived is kept and sent once it has.
 */
@Controller()
export class SettingsController implements OnStart {
	private readonly pending = new Map<SettingChange["name"], SettingChange>();
	/**
	 * The last settings the server confirmed. A refusal can arrive after the data has gone (a server that is closing
	 * lets it go at once), and the rollback still belongs to what was saved.
	 */
	private saved: PlayerSettings | undefined;

	onStart() {
		subscribe(ownDataAtom, (data, previous) => {
			if (data === undefined) return;
			this.saved = data.settings;
			for (const [name, change] of this.pending) {
				if (data.settings[name] === change.value) this.pending.delete(name);
				// A change made before the data arrived waited for it: the server refuses one it has not loaded for.
				else if (previous === undefined) ClientEvents.settings.change.fire(change);
			}
			this.render(data.settings);
		});
		ClientEvents.actions.rejected.connect((action) => {
			if (action !== "settings.change") return;
			this.pending.clear();
			if (this.saved !== undefined) this.render(this.saved);
		});
	}

	/** Applies the change locally now and asks the server to save it; refuses invalid values without sending them. */
	changeSetting(change: SettingChange): boolean {
		if (validateSettingChange(change) !== undefined) return false;
		this.pending.set(change.name, change);
		localSettingsAtom((current) => applySettingChange(current, change));
		if (ownDataAtom() !== undefined) ClientEvents.settings.change.fire(change);
		return true;
	}

	private render(saved: PlayerSettings) {
		let settings = saved;
		for (const [, change] of this.pending) settings = applySettingChange(settings, change);
		localSettingsAtom(settings);
	}
}
