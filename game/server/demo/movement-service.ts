import { OnStart, Service } from "@flamework/core";
import { Players } from "@rbxts/services";
import { MAP_LAYOUT } from "shared/config/demo";
import { isPlausibleMove } from "shared/demo/movement-rules";
import { ServerEvents } from "server/network/server-events";
import { recordRejection } from "server/network/rejections";

/**
 * Where each player is, for the demo's distance checks. In Studio a player has a character and its root part's
 * position is used; headless players and bots report positions, which must be reachable from the last accepted one
 * at walking speed. Either way the position is the client's claim, bounded by the speed check.
 */
@Service()
export class MovementService implements OnStart {
	private readonly reported = new Map<Player, { position: Vector3; at: number }>();

	onStart() {
		ServerEvents.demo.move.connect((player, position) => this.report(player, position));
		// Everyone starts at the spawn when they join.
		Players.PlayerAdded.Connect((player) =>
			this.reported.set(player, { position: MAP_LAYOUT.spawn, at: os.clock() }),
		);
		Players.PlayerRemoving.Connect((player) => this.reported.delete(player));
	}

	positionOf(player: Player): Vector3 {
		const root = player.Character?.FindFirstChild("HumanoidRootPart");
		if (root !== undefined && root.IsA("BasePart")) return root.Position;
		return this.reported.get(player)?.position ?? MAP_LAYOUT.spawn;
	}

	private report(player: Player, position: Vector3) {
		const now = os.clock();
		const last = this.reported.get(player) ?? { position: MAP_LAYOUT.spawn, at: now };
		if (!isPlausibleMove(last.position, position, now - last.at)) {
			recordRejection(player, "demo.move", "moved faster than the speed limit");
			return;
		}
		this.reported.set(player, { position, at: now });
	}
}
