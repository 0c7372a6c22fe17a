import { atom } from "@rbxts/charm";
import { BoardConfig, LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { pageOf, rankLabel } from "shared/leaderboards/pages";
import { Season } from "shared/leaderboards/season";
import { BoardState, LeaderboardsState, OwnEntry, OwnLeaderboards } from "shared/leaderboards/view";
import { BoardCache, CachedBoard } from "./board-cache";
import { LeaderboardModule } from "./module";
import { NameCache } from "./names";

/**
 * What the leaderboards publish: every board's top for every client (sync key `leaderboards`), and each player's own
 * live values and ranks (sync key `leaderboard:<UserId>`, that player only).
 */
export const leaderboardsAtom = atom<LeaderboardsState>({ order: [], boards: {} });
export const ownLeaderboardsAtom = atom<Readonly<Record<string, OwnLeaderboards>>>({});

/** The stable getter for the shared key. */
export const leaderboardsGetter = () => leaderboardsAtom();

const ownGetters = new Map<number, () => OwnLeaderboards | undefined>();

/** A stable getter for one player's own entries. */
export function ownLeaderboardsGetter(userId: number): () => OwnLeaderboards | undefined {
	let getter = ownGetters.get(userId);
	if (getter === undefined) {
		const key = tostring(userId);
		getter = () => ownLeaderboardsAtom()[key];
		ownGetters.set(userId, getter);
	}
	return getter;
}

export function forgetOwnLeaderboards(userId: number) {
	ownGetters.delete(userId);
	ownLeaderboardsAtom((state) => {
		const copy = table.clone(state) as Record<string, OwnLeaderboards>;
		delete copy[tostring(userId)];
		return copy;
	});
}

/** A player's own entry on a board from the cached top (which already holds this server's live values). */
export function ownEntry(cached: CachedBoard | undefined, userId: number, encoded: number | undefined): OwnEntry {
	if (encoded === undefined) return { label: "-" };
	const entries = cached?.entries ?? [];
	const rank = entries.find((entry) => entry.userId === userId)?.rank;
	return { encoded, rank, label: rankLabel(rank, entries.size()) };
}

export interface PublishInput {
	readonly order: readonly string[];
	readonly boards: ReadonlyMap<string, BoardConfig>;
	readonly seasons: ReadonlyMap<string, Season>;
	readonly cache: BoardCache;
	readonly names: NameCache;
	readonly modules: readonly Pick<LeaderboardModule, "published">[];
	/** Live (encoded) values of this server's players, per board. */
	readonly live: ReadonlyMap<number, ReadonlyMap<string, number>>;
	/** The stores are unreachable (Studio without API access): every board says so instead of showing rows. */
	readonly needsApiAccess: boolean;
}

/** Publishes every board to every client, with the modules' fields; returns the user ids shown without a name. */
function publishBoards(input: PublishInput): number[] {
	const unknown = new Set<number>();
	const name = (userId: number) => {
		const known = input.names.peek(userId);
		if (known === undefined) unknown.add(userId);
		return known ?? `#${userId}`;
	};
	const now = DateTime.now().UnixTimestampMillis / 1000;
	const boards: Record<string, BoardState> = {};
	for (const boardName of input.order) {
		const config = input.boards.get(boardName)!;
		const season = input.seasons.get(boardName)!;
		const cached = input.cache.get(boardName);
		const age = input.cache.age(boardName);
		let state: BoardState = {
			name: config.name,
			title: config.title,
			description: config.description,
			ranking: config.ranking,
			season: season.id,
			endsAt: season.endsAt,
			rows: pageOf(cached?.entries ?? [], config.displaySize).map((entry) => ({
				...entry,
				name: name(entry.userId),
			})),
			fetched: cached?.entries.size() ?? 0,
			complete: cached?.complete ?? true,
			updatedAt: age !== undefined ? now - age : undefined,
		};
		for (const module of input.modules) state = { ...state, ...module.published?.(config, name) };
		boards[boardName] = input.needsApiAccess ? { ...state, rows: [], needsApiAccess: true } : state;
	}
	leaderboardsAtom({ order: [...input.order], boards });
	return [...unknown];
}

/** Publishes each of this server's players their own value and rank on every board. */
function publishOwnEntries(input: PublishInput) {
	const own: Record<string, OwnLeaderboards> = {};
	for (const [userId, values] of input.live) {
		const entries: Record<string, OwnEntry> = {};
		for (const boardName of input.order) {
			entries[boardName] = ownEntry(input.cache.get(boardName), userId, values.get(boardName));
		}
		own[tostring(userId)] = entries;
	}
	ownLeaderboardsAtom(own);
}

/**
 * When to publish: each player's own entries on the heartbeat after a change, the boards every client sees at most
 * every BOARD_PUBLISH_INTERVAL; names shown unknown are looked up (one lookup at a time) and published when learnt.
 */
export class LeaderboardPublisher {
	/** Something clients are shown changed since the last publish. */
	private dirty = true;
	/** The boards changed since they were last published to every client. */
	private boardsStale = false;
	private boardsPublishedAt = -math.huge;
	private resolvingNames = false;

	constructor(private readonly input: () => PublishInput) {}

	changed() {
		this.dirty = true;
	}

	/** Called on every heartbeat. */
	step() {
		if (this.dirty) {
			this.dirty = false;
			publishOwnEntries(this.input());
			this.boardsStale = true;
		}
		if (!this.boardsStale || os.clock() - this.boardsPublishedAt < LEADERBOARD_CONFIG.BOARD_PUBLISH_INTERVAL)
			return;
		this.boardsStale = false;
		this.boardsPublishedAt = os.clock();
		const input = this.input();
		const unknown = publishBoards(input);
		if (unknown.size() > 0 && !this.resolvingNames) {
			this.resolvingNames = true;
			task.spawn(() => {
				if (input.names.resolve(unknown)) this.dirty = true;
				this.resolvingNames = false;
			});
		}
	}
}
