import { Controller, OnStart } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { TypedEvent } from "shared/events";
import { gameDataAtom, ownDataAtom } from "client/state/data-state";
import { localSettingsAtom } from "client/state/local-state";

/**
 * The design's ClientData: promises that resolve when the player's data and the game data have arrived, loaded flags
 * and signals, and the local settings.
 */
@Controller()
export class ClientDataController implements OnStart {
	readonly playerDataLoaded = new TypedEvent<[data: PrivatePlayerView]>();
	readonly gameDataLoaded = new TypedEvent<[data: GameData]>();
	readonly settings = localSettingsAtom;

	onStart() {
		this.announceOnce(ownDataAtom, this.playerDataLoaded);
		this.announceOnce(gameDataAtom, this.gameDataLoaded);
	}

	isPlayerDataLoaded() {
		return ownDataAtom() !== undefined;
	}

	isGameDataLoaded() {
		return gameDataAtom() !== undefined;
	}

	whenPlayerDataLoaded(): Promise<PrivatePlayerView> {
		return this.whenDefined(ownDataAtom);
	}

	whenGameDataLoaded(): Promise<GameData> {
		return this.whenDefined(gameDataAtom);
	}

	private whenDefined<T>(source: () => T | undefined): Promise<T> {
		const current = source();
		if (current !== undefined) return Promise.resolve(current);
		return new Promise((resolve) => {
			const stop = subscribe(source, (value) => {
				if (value === undefined) return;
				stop();
				resolve(value);
			});
		});
	}

	private announceOnce<T>(source: () => T | undefined, event: TypedEvent<[T]>) {
		const stop = subscribe(source, (value) => {
			if (value === undefined) return;
			stop();
			event.fire(value);
		});
	}
}
