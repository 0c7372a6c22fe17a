import { OnStart, Service } from "@flamework/core";
import { Players, Workspace } from "@rbxts/services";
import { MAP_LAYOUT } from "shared/config/demo";
import { acceptMove, MovementTrack, trackAt } from "shared/demo/movement-rules";
import { DemoServerEvents } from "./demo-events";
import { rejectRequest } from "server/network/rejections";

/** Seconds between reads of each character's root part: well inside the allowance's half second of travel. */
const SAMPLE_SECONDS = 0.1;

interface Followed {
	readonly track: MovementTrack;
	/** The character the track follows; another one (a respawn, which only the server makes) starts a new track. */
	readonly character?: Model;
}

/**
 * Where the server believes each player is, for the demo's distance checks. A player with a character is where its
 * HumanoidRootPart is; the client owns that part's physics, so the server reads it often and accepts a position only
 * as far from the last accepted one as the speed limit allows. A jump beyond that is a teleport the server did not
 * make: refused, and the character is put back. Headless players and bots have no character and report positions,
 * checked the same way. The server's own moves (a join, a respawn, `moveCharacter`) start the track afresh.
 */
@Service()
export class MovementService implements OnStart {
	private readonly followed = new Map<Player, Followed>();

	onStart() {
		DemoServerEvents.demo.move.connect((player, position) => this.report(player, position));
		// Everyone starts at the spawn when they join.
		Players.PlayerAdded.Connect((player) =>
			this.followed.set(player, { track: trackAt(MAP_LAYOUT.spawn, os.clock()) }),
		);
		Players.PlayerRemoving.Connect((player) => this.followed.delete(player));
		task.spawn(() => {
			for (;;) {
				task.wait(SAMPLE_SECONDS);
				for (const [player] of this.followed) this.positionOf(player);
			}
		});
	}

	/** Where the server believes the player is now. */
	positionOf(player: Player): Vector3 {
		const root = rootOf(player);
		if (root === undefined) return this.trackOf(player).position;
		const followed = this.followed.get(player);
		// A character the track does not follow yet was made by the server: it starts where the server put it.
		if (followed === undefined || followed.character !== player.Character) {
			return this.follow(player, trackAt(root.Position, os.clock())).position;
		}
		const moved = acceptMove(followed.track, root.Position, os.clock());
		if (moved !== undefined) return this.follow(player, moved).position;
		rejectRequest(player, "demo.move", "moved-too-fast", "character");
		this.moveCharacter(player, followed.track.position);
		return followed.track.position;
	}

	/** The server moves a player (a teleport): the character if there is one, and the track with it, unrefused. */
	moveCharacter(player: Player, position: Vector3) {
		const root = rootOf(player);
		if (root !== undefined) root.CFrame = root.CFrame.Rotation.add(position);
		this.follow(player, trackAt(position, os.clock()));
	}

	private trackOf(player: Player): MovementTrack {
		return this.followed.get(player)?.track ?? trackAt(MAP_LAYOUT.spawn, os.clock());
	}

	private follow(player: Player, track: MovementTrack): MovementTrack {
		if (player.Parent !== undefined) this.followed.set(player, { track, character: player.Character });
		return track;
	}

	private report(player: Player, position: Vector3) {
		// With a character, its root part is where the player is: reports add nothing the server does not read itself.
		if (rootOf(player) !== undefined) return;
		const moved = acceptMove(this.trackOf(player), position, os.clock());
		if (moved === undefined) return rejectRequest(player, "demo.move", "moved-too-fast");
		this.follow(player, moved);
	}
}

/**
 * The root part of the player's character once it is in the Workspace: a character is placed at its spawn before it
 * is parented there (create.roblox.com/docs/reference/engine/classes/Player#CharacterAdded), so a track never starts
 * from where a new model happened to be built.
 */
function rootOf(player: Player): BasePart | undefined {
	const character = player.Character;
	if (character === undefined || !character.IsDescendantOf(Workspace)) return undefined;
	const root = character.FindFirstChild("HumanoidRootPart");
	return root !== undefined && root.IsA("BasePart") ? root : undefined;
}
