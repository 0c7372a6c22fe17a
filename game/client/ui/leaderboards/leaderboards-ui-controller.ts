import { Controller, OnStart } from "@flamework/core";
import { Players } from "@rbxts/services";
import { BOARDS } from "shared/config/leaderboards";
import { BoardParts } from "./board-parts";
import { mountLeaderboards } from "./mount";

/**
 * The leaderboards' UI: the HUD panel in its own ScreenGui and a board on each board's part. The parts are looked
 * for once the game has loaded (with StreamingEnabled off, as place.project.json pins it, the whole map has arrived
 * by then).
 */
@Controller()
export class LeaderboardsUiController implements OnStart {
	onStart() {
		const player = Players.LocalPlayer;
		if (!game.IsLoaded()) game.Loaded.Wait();
		const parts = new BoardParts(BOARDS.map((board) => board.name));
		const screen = new Instance("ScreenGui");
		screen.Name = "LeaderboardsGui";
		screen.ResetOnSpawn = false;
		screen.ScreenInsets = Enum.ScreenInsets.CoreUISafeInsets;
		// The panel opens over the HUD (the round's timer at the top centre), as the other panels do.
		screen.DisplayOrder = 1;
		screen.Parent = player.WaitForChild("PlayerGui");
		mountLeaderboards(screen, {
			userId: player.UserId,
			playerName: player.Name,
			partFor: (board) => parts.get(board),
		});
	}
}
