import ProfileStore from "@rbxts/profile-store";
import { DataStoreService } from "@rbxts/services";
import { DATA_CONFIG, MIGRATION_CONFIG } from "shared/config/data";
import { Document } from "shared/migrations/migration";
import { deepEqual } from "shared/util/deep-equal";
import { retryWithBackoff } from "shared/util/retry";

const random = new Random();

function profileStoreKeys() {
	return DataStoreService.GetDataStore(DATA_CONFIG.profileStoreName);
}

/**
 * Calls `attempt` until it succeeds or the join's deadline passes, waiting with capped exponential backoff between
 * tries: a join rides out a store outage shorter than its deadline instead of failing on the third error.
 */
function retrying<T>(attempt: () => T, expired: () => boolean) {
	const options = { ...MIGRATION_CONFIG, random: () => random.NextNumber() };
	return retryWithBackoff(attempt, {
		...options,
		attempts: math.huge,
		wait: (seconds) => task.wait(seconds),
		stop: expired,
	});
}

/**
 * Whether ProfileStore keeps its profiles in the DataStore. In Studio without API access it keeps them in memory,
 * where no older server can have left anything, so there is no raw key to read. Waits (until `expired`) while
 * ProfileStore is still finding out.
 */
export function profilesAreInDataStore(expired: () => boolean): boolean {
	while (ProfileStore.DataStoreState === "NotReady" && !expired()) task.wait();
	return ProfileStore.DataStoreState === "Access";
}

/** The raw value under a profile key (one GetAsync, retried on errors), or why it could not be read. */
export function readRawProfile(
	key: string,
	expired: () => boolean,
): { ok: true; value: unknown } | { ok: false; error: string } {
	const result = retrying(() => profileStoreKeys().GetAsync(key)[0], expired);
	return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error };
}

/**
 * Puts a bare document into ProfileStore's envelope in place, so that ProfileStore loads it instead of replacing it
 * with the template. The envelope is the one ProfileStore creates for a new profile (no session: its session start
 * claims it as usual). The write happens only while the key still holds exactly what was read and the join has not
 * passed its deadline; otherwise nothing is written. Returns an error message when the key was not wrapped.
 */
export function wrapBareDocument(
	key: string,
	userId: number,
	bare: Document,
	expired: () => boolean,
): string | undefined {
	let changed = false;
	const result = retrying(
		() =>
			profileStoreKeys().UpdateAsync(key, (current: unknown) => {
				changed = !deepEqual(current, bare);
				if (changed || expired()) {
					// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple
					return $tuple(undefined);
				}
				const envelope = {
					Data: bare,
					MetaData: { ProfileCreateTime: os.time(), SessionLoadCount: 0, MetaTags: {} },
					GlobalUpdates: [0, []],
					UserIds: [userId],
					RobloxMetaData: {},
				};
				// UpdateAsync's transform returns several values (value, user ids): Roblox's API, not ours.
				// eslint-disable-next-line roblox-ts/no-user-defined-lua-tuple
				return $tuple(envelope, [userId]);
			}),
		expired,
	);
	if (!result.ok) return `wrapping ${key} in a profile failed after ${result.attempts} attempts: ${result.error}`;
	if (changed) return `${key} changed while it was being wrapped in a profile`;
	if (expired()) return `the join passed its deadline before ${key} was wrapped`;
	return undefined;
}
