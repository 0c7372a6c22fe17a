import { Controller, OnStart } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { Players, SoundService, Workspace } from "@rbxts/services";
import { COURSE_CONFIG, MAP_LAYOUT, ROUND_CONFIG } from "shared/config/demo";
import { Entity } from "shared/replication/entities";
import { ClientEvents } from "client/network/client-events";
import { entitiesAtom } from "client/replication/entity-controller";
import { localSettingsAtom } from "client/state/local-state";
import { PickupRequests } from "./pickup-requests";

const MUSIC_ID = "rbxassetid://1837849285";
const POSITION_REPORT_SECONDS = 0.1;

/**
 * The demo on a client: reports the character's position, shows collectibles as parts and picks up the ones the
 * character walks into (each asked for once), triggers course checkpoints, and plays the music at the player's
 * volume. Headless bots steer their characters and leave all of this to this controller (game/testing/bots).
 */
@Controller()
export class DemoController implements OnStart {
	private readonly parts = new Map<string, BasePart>();
	private readonly pickups = new PickupRequests();
	private courseStarted = false;

	onStart() {
		const folder = new Instance("Folder");
		folder.Name = "Collectibles";
		folder.Parent = Workspace;
		subscribe(entitiesAtom, (entities) => this.renderCollectibles(folder, entities ?? {}));
		ClientEvents.actions.rejected.connect((action) => {
			if (action === "demo.collect") this.pickups.refused();
		});

		const music = new Instance("Sound");
		music.Name = "Music";
		music.SoundId = MUSIC_ID;
		music.Looped = true;
		music.Parent = SoundService;
		const applyVolume = () => (music.Volume = localSettingsAtom().musicVolume);
		applyVolume();
		subscribe(localSettingsAtom, applyVolume);
		music.Play();

		// Ten reports a second: a loop that sleeps, not a Heartbeat handler that returns early on most frames.
		task.spawn(() => {
			while (true) {
				task.wait(POSITION_REPORT_SECONDS);
				const root = Players.LocalPlayer.Character?.FindFirstChild("HumanoidRootPart") as BasePart | undefined;
				if (root === undefined) continue;
				ClientEvents.demo.move.fire(root.Position);
				this.touchNearby(root.Position);
			}
		});
	}

	private renderCollectibles(folder: Folder, entities: Readonly<Record<string, Entity>>) {
		for (const [id, part] of this.parts) {
			if (entities[id] === undefined) {
				part.Destroy();
				this.parts.delete(id);
				this.pickups.gone(id);
			}
		}
		for (const [id, entity] of pairs(entities)) {
			if (entity.kind !== "collectible" || this.parts.has(id as string)) continue;
			const state = entity.state as { kind: string; position: Vector3 };
			const part = new Instance("Part");
			part.Name = id as string;
			part.Shape = Enum.PartType.Ball;
			part.Size = state.kind === "gem" ? new Vector3(2, 2, 2) : new Vector3(1.5, 1.5, 1.5);
			part.Color = state.kind === "gem" ? Color3.fromRGB(80, 200, 255) : Color3.fromRGB(255, 200, 40);
			part.Material = Enum.Material.Neon;
			part.Anchored = true;
			part.CanCollide = false;
			part.Position = state.position;
			part.Parent = folder;
			this.parts.set(id as string, part);
		}
	}

	private touchNearby(position: Vector3) {
		const inReach: string[] = [];
		for (const [id, part] of this.parts) {
			if (part.Position.sub(position).Magnitude <= ROUND_CONFIG.collectRadius * 0.75) inReach.push(id);
		}
		for (const id of this.pickups.toAsk(inReach)) ClientEvents.demo.collect.fire(id);
		const near = (target: Vector3) => target.sub(position).Magnitude <= COURSE_CONFIG.checkpointRadius * 0.75;
		if (near(MAP_LAYOUT.courseStart) && !this.courseStarted) {
			this.courseStarted = true;
			ClientEvents.demo.courseCheckpoint.fire("start");
		} else if (near(MAP_LAYOUT.courseFinish) && this.courseStarted) {
			this.courseStarted = false;
			ClientEvents.demo.courseCheckpoint.fire("finish");
		}
	}
}
