import { Controller, OnStart } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { Players, SoundService, Workspace } from "@rbxts/services";
import { COURSE_CONFIG, MAP_LAYOUT, ROUND_CONFIG } from "shared/config/demo";
import { Entity } from "shared/replication/entities";
import { ClientEvents } from "client/network/client-events";
import { entitiesAtom } from "client/replication/entity-controller";
import { ROUND_SYNC_KEY } from "shared/demo/round-rules";
import { ownDataAtom } from "client/state/data-state";
import { ClientSignal } from "client/sync/client-sync";
import { SyncController } from "client/sync/sync-controller";
import { localSettingsAtom } from "client/state/local-state";
import { DemoClientEvents } from "./demo-events";
import { PickupRequests } from "./pickup-requests";
import { BodyPart, touchedOnTheWay } from "./pickup-touch";
import { roundAtom } from "./round-state";

const MUSIC_ID = "rbxassetid://1837849285";
const TOUCH_CHECK_SECONDS = 0.1;
/** A pickup asked for this close to the round's end would reach the server after it: not asked for. */
const ROUND_END_MARGIN_SECONDS = 0.25;

/** A shown pickup as the touch check reads it: from its entity, not from the part's properties. */
interface ShownPickup {
	readonly position: Vector3;
	/** Half the ball's diameter. */
	readonly radius: number;
}

/**
 * The demo on a client: shows collectibles as parts and picks up the ones the character touches (each asked for
 * once), triggers course checkpoints, and plays the music at the player's volume. It reports no position: the client
 * owns its character's root part, so the server sees where it is through physics replication and reads it there
 * (server/demo/movement-service). Headless bots steer their characters and leave all of this to this controller
 * (game/testing/bots).
 */
@Controller()
export class DemoController implements OnStart {
	private readonly parts = new Map<string, BasePart>();
	private readonly shown = new Map<string, ShownPickup>();
	private readonly pickups = new PickupRequests();
	private courseStarted = false;
	/**
	 * Where the last check that could ask for pickups ran, until the pickups shown change: a character still standing
	 * there can reach nothing it could not then, so the check is skipped (most of the time a player stands still).
	 */
	private checkedAt?: Vector3;

	constructor(private readonly sync: SyncController) {}

	onStart() {
		this.sync.addSignals({ [ROUND_SYNC_KEY]: roundAtom as ClientSignal });
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

		// Ten checks a second: a loop that sleeps, not a Heartbeat handler that returns early on most frames.
		task.spawn(() => {
			let previous: Vector3 | undefined;
			while (true) {
				task.wait(TOUCH_CHECK_SECONDS);
				const character = Players.LocalPlayer.Character;
				const root = character?.FindFirstChild("HumanoidRootPart") as BasePart | undefined;
				if (character === undefined || root === undefined) {
					previous = undefined;
					continue;
				}
				const position = root.Position;
				const moved = previous === undefined ? Vector3.zero : position.sub(previous);
				previous = position;
				if (position !== this.checkedAt) this.touchNearby(character, position, moved);
			}
		});
	}

	private renderCollectibles(folder: Folder, entities: Readonly<Record<string, Entity>>) {
		this.checkedAt = undefined;
		for (const [id, part] of this.parts) {
			if (entities[id] === undefined) {
				part.Destroy();
				this.parts.delete(id);
				this.shown.delete(id);
				this.pickups.gone(id);
			}
		}
		for (const [id, entity] of pairs(entities)) {
			if (entity.kind !== "collectible" || this.parts.has(id as string)) continue;
			const state = entity.state as { kind: string; position: Vector3 };
			const diameter = state.kind === "gem" ? 2 : 1.5;
			const part = new Instance("Part");
			part.Name = id as string;
			part.Shape = Enum.PartType.Ball;
			part.Size = new Vector3(diameter, diameter, diameter);
			part.Color = state.kind === "gem" ? Color3.fromRGB(80, 200, 255) : Color3.fromRGB(255, 200, 40);
			part.Material = Enum.Material.Neon;
			part.Anchored = true;
			part.CanCollide = false;
			part.Position = state.position;
			part.Parent = folder;
			this.parts.set(id as string, part);
			this.shown.set(id as string, { position: state.position, radius: diameter / 2 });
		}
	}

	/**
	 * Whether a pickup asked for now would be paid: the player's own data has arrived (the server refuses a pickup
	 * before it has loaded it, which a slow store can make last) and it would arrive while the round is on (by the
	 * synced round and server clock).
	 */
	private pickupWouldPay(): boolean {
		const round = roundAtom();
		return (
			ownDataAtom() !== undefined &&
			round !== undefined &&
			round.phase === "playing" &&
			Workspace.GetServerTimeNow() + ROUND_END_MARGIN_SECONDS < round.endsAt
		);
	}

	/**
	 * Asks for the pickups the character's parts touched since the last check (the server allows more distance than
	 * contact, for the latency of its view of the character) and triggers the checkpoints it is near.
	 */
	private touchNearby(character: Model, position: Vector3, moved: Vector3) {
		const inReach: string[] = [];
		// The server pays nothing further than collectRadius from the character: a pickup beyond that and the way the
		// character came cannot be a touch worth asking for, so most checks read no part of the character at all.
		const bound = ROUND_CONFIG.collectRadius + moved.Magnitude;
		let body: BodyPart[] | undefined;
		for (const [id, pickup] of this.shown) {
			if (pickup.position.sub(position).Magnitude > bound) continue;
			if (body === undefined) {
				body = [];
				for (const child of character.GetChildren()) {
					if (child.IsA("BasePart")) body.push({ frame: child.CFrame, size: child.Size });
				}
			}
			if (touchedOnTheWay(body, moved, pickup.position, pickup.radius)) inReach.push(id);
		}
		const wouldPay = this.pickupWouldPay();
		if (wouldPay) for (const id of this.pickups.toAsk(inReach)) DemoClientEvents.demo.collect.fire(id);
		// A check that could not ask (no data yet, no round) must run again even where the character stands.
		this.checkedAt = wouldPay ? position : undefined;
		const near = (target: Vector3) => target.sub(position).Magnitude <= COURSE_CONFIG.checkpointRadius * 0.75;
		if (near(MAP_LAYOUT.courseStart) && !this.courseStarted) {
			this.courseStarted = true;
			DemoClientEvents.demo.courseCheckpoint.fire("start");
		} else if (near(MAP_LAYOUT.courseFinish) && this.courseStarted) {
			this.courseStarted = false;
			DemoClientEvents.demo.courseCheckpoint.fire("finish");
		}
	}
}
