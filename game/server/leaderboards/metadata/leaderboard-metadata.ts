import { OnInit, Service } from "@flamework/core";
import { DataStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";
import { decodeValue } from "shared/leaderboards/ranking";
import { LeaderboardService } from "../leaderboard-service";
import { LeaderboardModule } from "../module";
import { entryKey } from "../stores";
import { ScoreWrite } from "../write-queue";

/** A score's metadata as the metadata store keeps it, under the score's entry key. */
interface StoredMetadata {
	/** The encoded value the metadata was written with (see shared/leaderboards/ranking.ts). */
	readonly value: number;
	readonly metadata: Record<string, unknown>;
	/** Unix seconds of the write. */
	readonly at: number;
}

/**
 * A player's metadata on a board's season: "stored" with the value it was written with (decoded), "none" when no
 * score of theirs carried metadata, "deferred" when the budget share refused the read (ask again later), "failed"
 * when the read failed, "unknown board".
 */
export type MetadataRead =
	| {
			readonly status: "stored";
			readonly value: number;
			readonly metadata: Record<string, unknown>;
			/** Unix seconds of the write. */
			readonly at: number;
	  }
	| { readonly status: "none" | "deferred" | "failed" | "unknown board" };

const metadataStore = () => DataStoreService.GetDataStore(LEADERBOARD_CONFIG.METADATA_STORE);

function isStoredMetadata(value: unknown): value is StoredMetadata {
	return (
		typeIs(value, "table") &&
		typeIs((value as StoredMetadata).value, "number") &&
		typeIs((value as StoredMetadata).metadata, "table") &&
		typeIs((value as StoredMetadata).at, "number")
	);
}

/**
 * Metadata beside a score (the course of a time, the round of a score): what updatePlayerScore's `metadata` carried,
 * stored in a regular DataStore under the score's entry key, never in the ordered store. It is written inside the
 * score's own write, so it lands, or is retried, with it.
 */
@Service()
export class LeaderboardMetadata implements OnInit, LeaderboardModule {
	readonly name = "metadata";
	private failures = 0;
	private lastError?: string;

	constructor(private readonly leaderboards: LeaderboardService) {}

	onInit() {
		this.leaderboards.use(this);
	}

	writeKinds(write: ScoreWrite) {
		return write.metadata !== undefined ? ["write" as const] : [];
	}

	onWritten(write: ScoreWrite, storedBetter: boolean) {
		// Another server (or an earlier session) stored a better value: the metadata beside it is that value's.
		if (write.metadata === undefined || storedBetter) return;
		const stored: StoredMetadata = { value: write.encoded, metadata: write.metadata, at: os.time() };
		metadataStore().SetAsync(entryKey(write.board, write.season, write.userId), stored);
	}

	/**
	 * The metadata stored beside a player's score on a board, for `season` (default: the current one), with the value
	 * it was reported with. A better value reported later without metadata leaves it in place, so `value` is what
	 * says which run the metadata describes: compare it with the board's value before showing it as the best's.
	 * Always read from the store, so it shows what every server sees: a write shows there after its flush. Yields.
	 */
	getPlayerMetadata(boardName: string, userId: number, season?: string): MetadataRead {
		const board = this.leaderboards.board(boardName);
		const seasonId = season ?? this.leaderboards.season(boardName)?.id;
		if (board === undefined || seasonId === undefined) return { status: "unknown board" };
		if (!this.leaderboards.budget.tryTake(["read"])) return { status: "deferred" };
		const [ok, stored] = pcall(() => metadataStore().GetAsync<unknown>(entryKey(boardName, seasonId, userId))[0]);
		if (!ok) {
			this.failures += 1;
			this.lastError = tostring(stored);
			return { status: "failed" };
		}
		if (!isStoredMetadata(stored)) return { status: "none" };
		return {
			status: "stored",
			value: decodeValue(board.ranking, stored.value),
			metadata: stored.metadata,
			at: stored.at,
		};
	}

	stats() {
		return { errors: this.failures, lastError: this.lastError };
	}
}
