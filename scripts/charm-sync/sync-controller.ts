// The client's sync on @rbxts/charm-sync 0.4.0: the file that replaces game/client/sync/sync-controller.ts in the
// swap the README describes. It is compiled against charm-sync's published declarations by
// scripts/check-charm-sync.mjs and is never part of the game.
import { Controller, OnStart } from "@flamework/core";
import { client, SyncPayload } from "@rbxts/charm-sync";
import { Players } from "@rbxts/services";
import { ClientEvents } from "client/network/client-events";
import { gameDataAtom, ownDataAtom, playersAtom } from "client/state/data-state";
import { entitiesAtom } from "client/replication/entity-controller";
import { diagnosticsAtom } from "client/state/diagnostics-state";
import { ClientSignal, ClientSync } from "./client-sync";

/** Applies charm-sync's payloads to the client's mirrors; asks for the whole state once listening. */
@Controller()
export class SyncController implements OnStart, ClientSync {
	private started = false;
	private malformed = 0;

	onStart() {
		const userId = Players.LocalPlayer.UserId;
		client.addSignals({
			[`player:${userId}`]: ownDataAtom as ClientSignal,
			players: playersAtom as ClientSignal,
			game: gameDataAtom as ClientSignal,
			entities: entitiesAtom as ClientSignal,
			diagnostics: diagnosticsAtom as ClientSignal,
		});
		ClientEvents.sync.payload.connect((data) => {
			if (!typeIs(data, "table")) {
				this.malformed += 1;
				warn(`[Sync] dropped a payload that is not a list: a ${typeOf(data)}`);
				return;
			}
			client.patch(data as SyncPayload[]);
		});
		this.started = true;
		ClientEvents.sync.requestSnapshot.fire();
	}

	addSignals(signals: Readonly<Record<string, ClientSignal>>) {
		client.addSignals(signals);
		// The whole state that came before these keys were bound did not fill them: ask for it again.
		if (this.started) ClientEvents.sync.requestSnapshot.fire();
	}
}
