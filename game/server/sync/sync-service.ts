import { OnStart, Service } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { Players, RunService } from "@rbxts/services";
import { SYNC_CONFIG } from "shared/config/network";
import { Events } from "shared/events";
import { PayloadEncoder } from "shared/sync/payload";
import { SyncServer } from "shared/sync/server";
import { ServerEvents } from "server/network/server-events";
import { allowRequest } from "server/network/rate-limit";
import { rejectRequest } from "server/network/rejections";
import { gameDataAtom } from "server/state/game-state";
import { forgetPrivateGetter, privateDataGetter, publicPlayersGetter } from "./sync-views";
import { syncedEntities } from "server/replication/entity-service";
import { ServerSignals, ServerSync, SyncTraffic } from "./server-sync";

/** The sync key of a player's own data, as the client names it too. */
export const playerSyncKey = (userId: number) => `player:${userId}`;

/** Keys every client gets besides the game and players (e.g. `leaderboards`); a getter must be stable. */
const sharedKeys: Record<string, () => unknown> = {};

/** Registers a key for every client; call before players join (at module load or in a constructor). */
export function shareWithEveryClient(key: string, getter: () => unknown) {
	sharedKeys[key] = getter;
}

/**
 * Sends each client what it may see, every SYNC_CONFIG.interval seconds: the game data and everybody's public data
 * from the moment it joins, its own private data once loaded. Nothing else of another player ever reaches it. An
 * entity's removal is sent at the next frame instead, as Roblox's replication sends an instance the server destroyed
 * (create.roblox.com/docs/projects/client-server#replication): until a client hears of it, its player can act on the
 * entity (walk into a pickup another player took) and be refused.
 */
@Service()
export class SyncService implements OnStart, ServerSync {
	readonly server = new SyncServer<Player>();
	private readonly sent = { payloads: 0, bytes: 0 };
	private interval: number = SYNC_CONFIG.interval;
	/** Clients whose snapshot request came over the rate limit: answered as soon as the limit allows, never dropped. */
	private readonly deferred = new Set<Player>();
	/** One per client: the codec's string table spans that client's payloads from one snapshot to the next. */
	private readonly encoders = new Map<Player, PayloadEncoder>();
	/** An entity was removed since the last flush: the next frame flushes. */
	private removalPending = false;

	onStart() {
		this.server.connect((player, payload) => {
			let encoder = this.encoders.get(player);
			if (encoder === undefined) {
				encoder = new PayloadEncoder();
				this.encoders.set(player, encoder);
			}
			const data = encoder.encode(payload);
			this.sent.payloads += 1;
			this.sent.bytes += buffer.len(data);
			ServerEvents.sync.payload.fire(player, data);
		});
		ServerEvents.sync.requestSnapshot.connect((player) => this.onSnapshotRequest(player));
		Players.PlayerAdded.Connect((player) => this.addClient(player));
		for (const player of Players.GetPlayers()) this.addClient(player);
		Players.PlayerRemoving.Connect((player) => {
			this.server.removeClient(player);
			this.deferred.delete(player);
			this.encoders.delete(player);
			forgetPrivateGetter(player.UserId);
		});
		Events.playerDataLoaded.connect((player) => {
			if (player.Parent !== Players) return;
			this.addSignalsToClient(player, { [playerSyncKey(player.UserId)]: privateDataGetter(player.UserId) });
		});

		subscribe(syncedEntities, (current, previous) => {
			// Entities change far more often than they go: once one removal is known, the rest of the scan is moot.
			if (this.removalPending) return;
			for (const [id] of pairs(previous)) {
				if (current[id] === undefined) {
					this.removalPending = true;
					return;
				}
			}
		});

		let elapsed = 0;
		RunService.Heartbeat.Connect((delta) => {
			elapsed += delta;
			if (elapsed + 1e-6 < this.interval && !this.removalPending) return;
			elapsed = 0;
			this.removalPending = false;
			for (const player of this.deferred) this.answerIfAllowed(player);
			this.server.flush();
		});
	}

	/** Changes the flush interval (seconds); the default is SYNC_CONFIG's. */
	setInterval(seconds: number) {
		this.interval = math.max(0, seconds);
	}

	addSignalsToClient(player: Player, signals: ServerSignals) {
		this.server.addSignalsToClient(player, signals);
	}

	/** Flushes now (the admin's force synchronization). */
	flush() {
		this.server.flush();
	}

	traffic(): SyncTraffic {
		return { ...this.sent };
	}

	/** Altair's own figures (flushes, snapshots, clients, keys) for its specs; consumers read `traffic()`. */
	stats() {
		return { ...this.server.stats(), ...this.sent, interval: this.interval };
	}

	/**
	 * A snapshot costs the whole state, so requests are rate-limited (RATE_LIMITS["sync.requestSnapshot"]); but a
	 * client whose request is refused would ignore every patch until it retried, so a refused request is logged and
	 * then answered at the first flush the limit allows. One pending answer per client: a flood costs one snapshot.
	 */
	private onSnapshotRequest(player: Player) {
		if (this.answerIfAllowed(player)) return;
		rejectRequest(player, "sync.requestSnapshot", "rate-limited", "answered when the limit allows");
		if (player.Parent === Players) this.deferred.add(player);
	}

	private answerIfAllowed(player: Player): boolean {
		if (!allowRequest(player, "sync.requestSnapshot")) return false;
		this.deferred.delete(player);
		this.server.requestSnapshot(player);
		return true;
	}

	private addClient(player: Player) {
		this.addSignalsToClient(player, { game: gameDataAtom, players: publicPlayersGetter, entities: syncedEntities });
		this.addSignalsToClient(player, sharedKeys);
	}
}
