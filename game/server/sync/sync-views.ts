import { PlayerData } from "shared/data/player-data";
import { privateView, PrivatePlayerView, publicView, PublicPlayerView } from "shared/data/player-views";
import { playerDataAtom, playerKey } from "server/state/player-state";

/**
 * The getters the sync reads, memoized on the data they come from: a view object is rebuilt only when its player's
 * data changed, so the diff skips every unchanged player by reference and a flush costs time in proportion to what
 * changed, not to the number of players.
 */
const privateGetters = new Map<number, () => PrivatePlayerView | undefined>();

export function privateDataGetter(userId: number): () => PrivatePlayerView | undefined {
	let getter = privateGetters.get(userId);
	if (getter === undefined) {
		const key = playerKey(userId);
		let source: PlayerData | undefined;
		let view: PrivatePlayerView | undefined;
		getter = () => {
			const data = playerDataAtom()[key];
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

let lastSource: Readonly<Record<string, PlayerData>> | undefined;
let lastViews: Readonly<Record<string, PublicPlayerView>> = {};
const viewSources = new Map<string, PlayerData>();

/** Everybody's public data, keyed by UserId. */
export function publicPlayersGetter(): Readonly<Record<string, PublicPlayerView>> {
	const source = playerDataAtom();
	if (source === lastSource) return lastViews;
	lastSource = source;
	const views: Record<string, PublicPlayerView> = {};
	for (const [key, data] of pairs(source)) {
		const previous = lastViews[key];
		views[key] = previous !== undefined && viewSources.get(key) === data ? previous : publicView(data);
		viewSources.set(key, data);
	}
	for (const [key] of viewSources) if (source[key] === undefined) viewSources.delete(key);
	lastViews = views;
	return views;
}
