import { Controller, OnStart } from "@flamework/core";
import { Players, RunService } from "@rbxts/services";
import { PayloadDecoder } from "shared/sync/payload";
import { SyncClient } from "shared/sync/client";
import { ClientEvents } from "client/network/client-events";
import { gameDataAtom, ownDataAtom, playersAtom } from "client/state/data-state";
import { entitiesAtom } from "client/replication/entity-controller";
import { diagnosticsAtom } from "client/state/diagnostics-state";

/** Applies the server's snapshots and patches to the client's mirrors; asks for a snapshot on a gap until one comes. */
@Controller()
export class SyncController implements OnStart {
	readonly client = new SyncClient(() => ClientEvents.sync.requestSnapshot.fire());
	private malformed = 0;
	private readonly decoder = new PayloadDecoder();

	onStart() {
		const userId = Players.LocalPlayer.UserId;
		this.client.addSignals({
			[`player:${userId}`]: ownDataAtom as (value?: unknown) => unknown,
			players: playersAtom as (value?: unknown) => unknown,
			game: gameDataAtom as (value?: unknown) => unknown,
			entities: entitiesAtom as (value?: unknown) => unknown,
			// Sent to admins only (the server adds the key for them); never present for anyone else.
			diagnostics: diagnosticsAtom as (value?: unknown) => unknown,
		});
		ClientEvents.sync.payload.connect((data) => {
			const [ok, payload] = pcall(() => this.decoder.decode(data));
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

	stats() {
		return { ...this.client.stats(), malformed: this.malformed };
	}
}
