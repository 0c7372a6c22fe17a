import { Controller, OnStart } from "@flamework/core";
import { Players, RunService } from "@rbxts/services";
import { PayloadDecoder } from "shared/sync/payload";
import { SyncClient } from "shared/sync/client";
import { ClientEvents } from "client/network/client-events";
import { gameDataAtom, ownDataAtom, playersAtom } from "client/state/data-state";
import { entitiesAtom } from "client/replication/entity-controller";
import { diagnosticsAtom } from "client/state/diagnostics-state";
import { ClientSignal, ClientSync } from "./client-sync";

/** Applies the server's snapshots and patches to the client's mirrors; asks for a snapshot on a gap until one comes. */
@Controller()
export class SyncController implements OnStart, ClientSync {
	readonly client = new SyncClient(() => ClientEvents.sync.requestSnapshot.fire());
	private malformed = 0;
	private readonly decoder = new PayloadDecoder();

	onStart() {
		const userId = Players.LocalPlayer.UserId;
		this.client.addSignals({
			[`player:${userId}`]: ownDataAtom as ClientSignal,
			players: playersAtom as ClientSignal,
			game: gameDataAtom as ClientSignal,
			entities: entitiesAtom as ClientSignal,
			// Sent to admins only (the server adds the key for them); never present for anyone else.
			diagnostics: diagnosticsAtom as ClientSignal,
		});
		ClientEvents.sync.payload.connect((data) => {
			// The remote's type leaves the payload's form to the sync: Altair's is one buffer in its codec's form.
			const [ok, payload] = pcall(() => {
				if (!typeIs(data, "buffer")) throw `expected a buffer, got a ${typeOf(data)}`;
				return this.decoder.decode(data);
			});
			if (!ok) {
				this.malformed += 1;
				warn(`[Sync] dropped a malformed payload: ${payload}`);
				return;
			}
			this.client.patch(payload);
		});
		RunService.Heartbeat.Connect(() => this.client.poll());
		this.client.start();
	}

	addSignals(signals: Readonly<Record<string, ClientSignal>>) {
		this.client.addSignals(signals);
		// A snapshot that arrived before these keys were bound did not fill them: ask for another.
		if (this.client.isReady()) this.client.start();
	}

	stats() {
		return { ...this.client.stats(), malformed: this.malformed };
	}
}
