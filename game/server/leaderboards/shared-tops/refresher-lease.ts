import { MemoryStoreService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";

interface LeaseItem {
	readonly owner: string;
}

/**
 * The transform of a claim: the lease goes to `owner` unless another server holds it. The item expires
 * LEASE_SECONDS after its last write, so a server that dies holding it is replaced after that.
 */
export function claimLease(old: unknown, owner: string): LeaseItem | undefined {
	if (typeIs(old, "table") && typeIs((old as LeaseItem).owner, "string") && (old as LeaseItem).owner !== owner)
		return undefined;
	return { owner };
}

/**
 * Until when (os.clock()) a claim started at `startedAt` holds: the item's expiry counts from its write, which came
 * after the start, so counting from the start never believes in a lease the map has already dropped.
 */
export function heldUntil(startedAt: number, granted: boolean): number {
	return granted ? startedAt + LEASE_SECONDS_HELD : -math.huge;
}

/** A little under the lease: a renewal that is slow to answer must not leave two refreshers believing they hold it. */
const LEASE_SECONDS_HELD = LEADERBOARD_CONFIG.LEASE_SECONDS - 5;

/**
 * The election of the experience's one refresher: a MemoryStore sorted map item (the lease pattern of the season
 * snapshots, create.roblox.com/docs/cloud-services/memory-stores/sorted-map) claimed with UpdateAsync and renewed
 * every REFRESHER_RENEW seconds while held. A server asks for it only while it has players and sees no fresh shared
 * top (someone else is refreshing otherwise), at most every SHARED_TOPS_POLL seconds.
 */
export class RefresherLease {
	private until = -math.huge;
	private lastAttempt = -math.huge;
	private busy = false;
	readonly counters = { claims: 0, renewals: 0, refused: 0, failures: 0 };
	lastError?: string;
	/** Called (on the claim's thread) when this server becomes the refresher. */
	onGained?: () => void;

	constructor(
		private readonly owner: string,
		private readonly clock: () => number = () => os.clock(),
	) {}

	private map() {
		return MemoryStoreService.GetSortedMap(LEADERBOARD_CONFIG.LEASE_MAP);
	}

	held(): boolean {
		return this.clock() < this.until;
	}

	/** Claims or renews when due (spawns the request). `wanted`: this server has players and no fresh shared top. */
	tick(wanted: boolean) {
		if (this.busy) return;
		const now = this.clock();
		const held = this.held();
		const due = held
			? now - this.lastAttempt >= LEADERBOARD_CONFIG.REFRESHER_RENEW
			: wanted && now - this.lastAttempt >= LEADERBOARD_CONFIG.SHARED_TOPS_POLL;
		if (!due) return;
		this.busy = true;
		this.lastAttempt = now;
		task.spawn(() => {
			const [ok, result] = pcall(() =>
				this.map().UpdateAsync(
					LEADERBOARD_CONFIG.REFRESHER_LEASE_KEY,
					(old) => claimLease(old, this.owner),
					LEADERBOARD_CONFIG.LEASE_SECONDS,
				),
			);
			this.busy = false;
			if (!ok) {
				// The map is failing: what is held runs out on its own, and every server reads for itself meanwhile.
				this.counters.failures += 1;
				this.lastError = tostring(result);
				return;
			}
			const granted = result !== undefined;
			this.until = heldUntil(now, granted);
			if (!granted) {
				this.counters.refused += 1;
				return;
			}
			if (held) this.counters.renewals += 1;
			else {
				this.counters.claims += 1;
				this.onGained?.();
			}
		});
	}

	/** Gives the lease up (yields): an emptied or closing server's successor need not wait for it to expire. */
	release() {
		if (!this.held()) return;
		this.until = -math.huge;
		pcall(() => {
			const map = this.map();
			const [item] = map.GetAsync(LEADERBOARD_CONFIG.REFRESHER_LEASE_KEY);
			if (typeIs(item, "table") && (item as LeaseItem).owner === this.owner)
				map.RemoveAsync(LEADERBOARD_CONFIG.REFRESHER_LEASE_KEY);
		});
	}
}
