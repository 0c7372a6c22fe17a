import { OnStart, Service } from "@flamework/core";
import { applySettingChange, validateSettingChange } from "shared/data/settings";
import { PlayerDataService } from "server/data/player-data-service";
import { ServerEvents } from "server/network/server-events";
import { rejectRequest } from "server/network/rejections";

/** Saved settings: the client applies a change at once; the server validates it, saves it, or refuses it. */
@Service()
export class SettingsActions implements OnStart {
	constructor(private readonly playerData: PlayerDataService) {}

	onStart() {
		ServerEvents.settings.change.connect((player, change) => {
			const problem = validateSettingChange(change);
			const applied =
				problem === undefined &&
				this.playerData.update(player, (data) => ({
					...data,
					settings: applySettingChange(data.settings, change),
				}));
			if (problem !== undefined) rejectRequest(player, "settings.change", "invalid-setting", problem);
			else if (!applied) rejectRequest(player, "settings.change", this.playerData.missingDataKind());
		});
	}
}
