import { Networking } from "@flamework/networking";
import { Players } from "@rbxts/services";
import { RATE_LIMITS } from "shared/config/network";
import type { RemoteName } from "shared/network";
import { TokenBucket } from "shared/util/token-bucket";
import { rejectRequest } from "./rejections";

const buckets = new Map<Player, Map<RemoteName, TokenBucket>>();

// A player's buckets go when the player does: the map would otherwise keep every Player that ever joined this server
// (and its buckets) for the server's whole life.
Players.PlayerRemoving.Connect((player) => buckets.delete(player));

/** Allows `remote` for `player` now, per RATE_LIMITS; every call, allowed or not, is one request against the limit. */
export function allowRequest(player: Player, remote: RemoteName): boolean {
	let perPlayer = buckets.get(player);
	if (perPlayer === undefined) {
		perPlayer = new Map();
		buckets.set(player, perPlayer);
	}
	let bucket = perPlayer.get(remote);
	if (bucket === undefined) {
		const limit = RATE_LIMITS[remote] ?? RATE_LIMITS.default;
		bucket = new TokenBucket(limit.perSecond, limit.burst, os.clock());
		perPlayer.set(remote, bucket);
	}
	return bucket.take(os.clock());
}

/**
 * Flamework middleware: refuses calls over the remote's rate limit before its handler runs. Flamework runs the
 * remote's type guard before any middleware, so a call of the wrong shape never gets here; server-events.ts counts
 * those against the same limit.
 */
export function rateLimited<Arguments extends unknown[]>(remote: RemoteName): Networking.EventMiddleware<Arguments> {
	return (processNext) =>
		(player, ...args) => {
			if (player === undefined || !allowRequest(player, remote))
				return rejectRequest(player, remote, "rate-limited");
			return processNext(player, ...args);
		};
}

/**
 * The middleware of every event in `namespace`: each gets its own rate limit, the one RATE_LIMITS names for it or
 * the default, without being listed anywhere. Flamework looks each event's middleware up by name in this table.
 */
export function limitEveryEvent(namespace: string): Record<string, Networking.EventMiddleware[]> {
	return setmetatable({} as Record<string, Networking.EventMiddleware[]>, {
		__index: (events, event) => {
			const middleware = [rateLimited(`${namespace}.${event}` as RemoteName)];
			rawset(events, event, middleware);
			return middleware;
		},
	});
}
