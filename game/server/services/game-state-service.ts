import { OnStart, Service } from "@flamework/core";
import { Players } from "@rbxts/services";
import { Events } from "shared/events";
import { updateGameData } from "server/state/game-state";
import { PlayerDataService } from "server/data/player-data-service";

/** Keeps this server's game data current: start time, players with loaded data, totals. */
@Service()
export class GameStateService implements OnStart {
	constructor(private readonly playerData: PlayerDataService) {}

	onStart() {
		updateGameData((data) => ({ ...data, serverStartedAt: DateTime.now().UnixTimestamp }));
		Events.playerDataLoaded.connect(() => {
			updateGameData((data) => ({
				...data,
				activePlayers: this.playerData.loadedCount(),
				totals: { ...data.totals, playersLoaded: data.totals.playersLoaded + 1 },
			}));
		});
		Players.PlayerRemoving.Connect(() => {
			// The profile is released during PlayerRemoving; count once it is gone.
			task.defer(() => updateGameData((data) => ({ ...data, activePlayers: this.playerData.loadedCount() })));
		});
	}
}
