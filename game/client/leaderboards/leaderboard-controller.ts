import { Controller, OnStart } from "@flamework/core";
import { Players, Workspace } from "@rbxts/services";
import { BOARDS } from "shared/config/leaderboards";
import { leaderboardSyncKey, ownLeaderboardSyncKey } from "shared/leaderboards/view";
import { SyncController } from "client/sync/sync-controller";
import type { mountLeaderboards } from "client/ui/leaderboards/mount";
import { leaderboardsAtom, ownLeaderboardsAtom } from "./leaderboard-state";

const FOLDER = "Leaderboards";

/**
 * Binds the synced leaderboards to the client's atoms and mounts the UI: the HUD panel in PlayerGui and a board on
 * each part named "Leaderboard_<board>" in the Workspace (the map may place them; missing ones are made here, in a
 * row near the spawn, on this client only).
 */
@Controller()
export class LeaderboardController implements OnStart {
	private readonly parts = new Map<string, BasePart>();

	constructor(private readonly sync: SyncController) {}

	onStart() {
		const player = Players.LocalPlayer;
		this.sync.client.addSignals({
			[leaderboardSyncKey]: leaderboardsAtom as (value?: unknown) => unknown,
			[ownLeaderboardSyncKey(player.UserId)]: ownLeaderboardsAtom as (value?: unknown) => unknown,
		});
		// A snapshot that arrived before these keys were bound did not fill them: ask for another.
		if (this.sync.client.isReady()) this.sync.client.start();
		BOARDS.forEach((board, index) => this.parts.set(board.name, this.partFor(board.name, index)));

		const screen = new Instance("ScreenGui");
		screen.Name = "LeaderboardsGui";
		screen.ResetOnSpawn = false;
		screen.Parent = player.WaitForChild("PlayerGui");
		// React is loaded here, not at the top: if it cannot load, the rest of the client still starts.
		const ui = script.Parent!.Parent!.WaitForChild("ui").WaitForChild("leaderboards").WaitForChild("mount");
		const [ok, loaded] = pcall(
			() => require(ui as ModuleScript) as { mountLeaderboards: typeof mountLeaderboards },
		);
		if (!ok) {
			warn(`[Leaderboards] the UI could not load: ${tostring(loaded).split("\n")[0]}`);
			return;
		}
		loaded.mountLeaderboards(screen, {
			userId: player.UserId,
			playerName: player.Name,
			partFor: (board) => this.parts.get(board),
		});
	}

	private partFor(board: string, index: number): BasePart {
		const name = `Leaderboard_${board}`;
		const existing = Workspace.FindFirstChild(name, true);
		if (existing !== undefined && existing.IsA("BasePart")) return existing;
		let folder = Workspace.FindFirstChild(FOLDER);
		if (folder === undefined) {
			folder = new Instance("Folder");
			folder.Name = FOLDER;
			folder.Parent = Workspace;
		}
		const part = new Instance("Part");
		part.Name = name;
		part.Anchored = true;
		part.Size = new Vector3(10, 12, 1);
		part.Position = new Vector3(-30 + index * 12, 6, -40);
		part.Parent = folder;
		return part;
	}
}
