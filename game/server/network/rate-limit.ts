import { Networking } from "@flamework/networking";
import { Players } from "@rbxts/services";
import { RATE_LIMITS } from "shared/config/network";
import { TokenBucket } from "shared/util/token-bucket";
import { recordRejection } from "./rejections";

const buckets = new Map<Player, Map<string, TokenBucket>>();

// A player's buckets go when the player does: the map would otherwise keep every Player that ever joined this server
// (and its buckets) for the server's whole life.
Players.PlayerRemoving.Connect((player) => buckets.delete(player));

/** Allows `remote` for `player` now, per RATE_LIMITS. */
export function allowRequest(player: Player, remote: string): boolean {
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

/** Flamework middleware: drops (and records) calls over the remote's rate limit before the guard or handler runs. */
export function rateLimited<Arguments extends unknown[]>(remote: string): Networking.EventMiddleware<Arguments> {
	return (processNext) =>
		(player, ...args) => {
			if (player === undefined || !allowRequest(player, remote)) {
				recordRejection(player, remote, "rate limit exceeded");
				return;
			}
			return processNext(player, ...args);
		};
}
