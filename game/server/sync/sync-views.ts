import { PlayerData } from "shared/data/player-data";
import { privateView, PrivatePlayerView, publicView, PublicPlayerView } from "shared/data/player-views";
import { getPlayerData, loadedPlayers } from "server/state/player-state";

/**
 * The getters the sync reads, memoized on the data they come from: a view object is rebuilt only when its player's
 * data changed, so the diff skips every unchanged player by reference and a flush costs time in proportion to what
 * changed, not to the number of players.
 */
const privateGetters = new Map<number, () => PrivatePlayerView | undefined>();

export function privateDataGetter(userId: number): () => PrivatePlayerView | undefined {
	let getter = privateGetters.get(userId);
	if (getter === undefined) {
		let source: PlayerData | undefined;
		let view: PrivatePlayerView | undefined;
		getter = () => {
			const data = getPlayerData(userId);
			if (data !== source) {
				source = data;
				view = data && privateView(data);
			}
			return view;
		};
		privateGetters.set(userId, getter);
	}
	return getter;
}

export function forgetPrivateGetter(userId: number) {
	privateGetters.delete(userId);
}

let lastViews: Readonly<Record<string, PublicPlayerView>> = {};
const viewSources = new Map<string, PlayerData>();

/** Everybody's public data, keyed by UserId; the record is the same object until some player's data changed. */
export function publicPlayersGetter(): Readonly<Record<string, PublicPlayerView>> {
	const players = loadedPlayers();
	let views: Record<string, PublicPlayerView> | undefined;
	let count = 0;
	for (const [key, dataAtom] of pairs(players)) {
		count += 1;
		const data = dataAtom();
		if (viewSources.get(key) === data) continue;
		views ??= table.clone(lastViews) as Record<string, PublicPlayerView>;
		views[key] = publicView(data);
		viewSources.set(key, data);
	}
	if (count < viewSources.size()) {
		views ??= table.clone(lastViews) as Record<string, PublicPlayerView>;
		for (const [key] of viewSources) {
			if (players[key] === undefined) {
				viewSources.delete(key);
				delete views[key];
			}
		}
	}
	if (views !== undefined) lastViews = views;
	return lastViews;
}
