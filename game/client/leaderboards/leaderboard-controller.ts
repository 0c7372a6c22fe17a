import { Controller, OnStart } from "@flamework/core";
import { Players, Workspace } from "@rbxts/services";
import { BOARDS } from "shared/config/leaderboards";
import { leaderboardSyncKey, ownLeaderboardSyncKey } from "shared/leaderboards/view";
import { SyncController } from "client/sync/sync-controller";
import { ClientSignal } from "client/sync/client-sync";
import type { mountLeaderboards } from "client/ui/leaderboards/mount";
import { leaderboardsAtom, ownLeaderboardsAtom } from "./leaderboard-state";

const FOLDER = "Leaderboards";
const PREFIX = "Leaderboard_";

/**
 * Binds the synced leaderboards to the client's atoms and mounts the UI: the HUD panel in PlayerGui and a board on
 * each part named "Leaderboard_<board>" in the Workspace. The map's parts are looked for once the game has loaded
 * (with StreamingEnabled off, as place.project.json pins it, the whole map has arrived by then); a missing one is made
 * here, in a row near the spawn, on this client only, and replaced by the map's own if that arrives later (a place
 * with streaming on), so a board is never drawn twice.
 */
@Controller()
export class LeaderboardController implements OnStart {
	private readonly parts = new Map<string, BasePart>();

	constructor(private readonly sync: SyncController) {}

	onStart() {
		const player = Players.LocalPlayer;
		this.sync.addSignals({
			[leaderboardSyncKey]: leaderboardsAtom as ClientSignal,
			[ownLeaderboardSyncKey(player.UserId)]: ownLeaderboardsAtom as ClientSignal,
		});
		if (!game.IsLoaded()) game.Loaded.Wait();
		BOARDS.forEach((board, index) => this.parts.set(board.name, this.partFor(board.name, index)));
		Workspace.DescendantAdded.Connect((descendant) => this.adoptMapPart(descendant));

		const screen = new Instance("ScreenGui");
		screen.Name = "LeaderboardsGui";
		screen.ResetOnSpawn = false;
		screen.ScreenInsets = Enum.ScreenInsets.CoreUISafeInsets;
		// The panel opens over the HUD (the round's timer at the top centre), as the other panels do.
		screen.DisplayOrder = 1;
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

	/** A map part for a board that arrived after this client made its own stand-in: the map's part takes over. */
	private adoptMapPart(descendant: Instance) {
		if (!descendant.IsA("BasePart") || descendant.Name.sub(1, PREFIX.size()) !== PREFIX) return;
		const board = descendant.Name.sub(PREFIX.size() + 1);
		const current = this.parts.get(board);
		if (current === undefined || current === descendant || current.Parent?.Name !== FOLDER) return;
		this.parts.set(board, descendant);
		current.Destroy();
	}

	private partFor(board: string, index: number): BasePart {
		const name = `${PREFIX}${board}`;
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
