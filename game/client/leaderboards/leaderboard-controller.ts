import { Controller, OnStart } from "@flamework/core";
import { Players } from "@rbxts/services";
import { leaderboardSyncKey, ownLeaderboardSyncKey } from "shared/leaderboards/view";
import { SyncController } from "client/sync/sync-controller";
import { ClientSignal } from "client/sync/client-sync";
import { leaderboardsAtom, ownLeaderboardsAtom } from "./leaderboard-state";

/** Binds the synced leaderboards (every board, and this player's own entries) to the client's atoms. */
@Controller()
export class LeaderboardController implements OnStart {
	constructor(private readonly sync: SyncController) {}

	onStart() {
		this.sync.addSignals({
			[leaderboardSyncKey]: leaderboardsAtom as ClientSignal,
			[ownLeaderboardSyncKey(Players.LocalPlayer.UserId)]: ownLeaderboardsAtom as ClientSignal,
		});
	}
}
