// The server's sync on @rbxts/charm-sync 0.4.0: the file that replaces game/server/sync/sync-service.ts in the swap
// the README describes. It is compiled against charm-sync's published declarations by scripts/check-charm-sync.mjs
// and is never part of the game.
import { OnStart, Service } from "@flamework/core";
import { config, server } from "@rbxts/charm-sync";
import { HttpService, Players } from "@rbxts/services";
import { SYNC_CONFIG } from "shared/config/network";
import { Events } from "shared/events";
import { ServerEvents } from "server/network/server-events";
import { allowRequest } from "server/network/rate-limit";
import { rejectRequest } from "server/network/rejections";
import { gameDataAtom } from "server/state/game-state";
import { syncedEntities } from "server/replication/entity-service";
import { forgetPrivateGetter, privateDataGetter, publicPlayersGetter } from "./sync-views";
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
 * charm-sync sends a client its whole state when the client is added, so a client is added when it asks (it is
 * listening by then) and added again, with every key it had, when it asks again.
 */
@Service()
export class SyncService implements OnStart, ServerSync {
	private readonly sent = { payloads: 0, bytes: 0 };
	private readonly keys = new Map<Player, Record<string, () => unknown>>();
	private readonly asked = new Set<Player>();

	onStart() {
		config.interval = SYNC_CONFIG.interval;
		server.connect((player, payloads) => {
			this.sent.payloads += payloads.size();
			// charm-sync's payloads are tables; their JSON length stands in for the wire size the server cannot read.
			this.sent.bytes += HttpService.JSONEncode(payloads).size();
			ServerEvents.sync.payload.fire(player, payloads);
		});
		ServerEvents.sync.requestSnapshot.connect((player) => {
			if (!allowRequest(player, "sync.requestSnapshot")) {
				return rejectRequest(player, "sync.requestSnapshot", "rate-limited");
			}
			this.asked.add(player);
			server.removeClient(player);
			server.addSignalsToClient(player, this.keysOf(player));
		});
		Players.PlayerAdded.Connect((player) => this.addClient(player));
		for (const player of Players.GetPlayers()) this.addClient(player);
		Players.PlayerRemoving.Connect((player) => {
			server.removeClient(player);
			this.keys.delete(player);
			this.asked.delete(player);
			forgetPrivateGetter(player.UserId);
		});
		Events.playerDataLoaded.connect((player) => {
			if (player.Parent !== Players) return;
			this.addSignalsToClient(player, { [playerSyncKey(player.UserId)]: privateDataGetter(player.UserId) });
		});
	}

	addSignalsToClient(player: Player, signals: ServerSignals) {
		const keys = this.keysOf(player);
		for (const [key, getter] of pairs(signals)) keys[key] = getter;
		if (this.asked.has(player)) server.addSignalsToClient(player, signals);
	}

	flush() {
		server.flush();
	}

	traffic(): SyncTraffic {
		return { ...this.sent };
	}

	private keysOf(player: Player) {
		let keys = this.keys.get(player);
		if (keys === undefined) {
			keys = {};
			this.keys.set(player, keys);
		}
		return keys;
	}

	private addClient(player: Player) {
		this.addSignalsToClient(player, { game: gameDataAtom, players: publicPlayersGetter, entities: syncedEntities });
		this.addSignalsToClient(player, sharedKeys);
	}
}
