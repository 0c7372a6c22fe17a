import { Service } from "@flamework/core";
import { BadgeService, Players } from "@rbxts/services";
import { MONETIZATION_RETRY } from "shared/config/products";
import { retryWithBackoff } from "shared/util/retry";

/**
 * Awards badges, each at most once per player: every attempt first asks UserHasBadgeAsync (so an award whose answer
 * was lost is not made again) and only then calls AwardBadgeAsync; one attempt runs at a time per player and badge;
 * a failed web request is retried with backoff, and an award that still fails is left for the next `award` call.
 */
@Service()
export class BadgeAwarder {
	private readonly owned = new Map<Player, Set<number>>();
	private readonly inFlight = new Map<Player, Set<number>>();
	private readonly random = new Random();

	constructor() {
		Players.PlayerRemoving.Connect((player) => {
			this.owned.delete(player);
			this.inFlight.delete(player);
		});
	}

	/** Awards the badge unless the player has it; returns at once (the requests run in their own thread). */
	award(player: Player, badgeId: number) {
		if (this.has(player, badgeId) || setOf(this.inFlight, player).has(badgeId)) return;
		setOf(this.inFlight, player).add(badgeId);
		task.spawn(() => {
			const result = retryWithBackoff(
				() => {
					if (BadgeService.UserHasBadgeAsync(player.UserId, badgeId)) return true;
					// False when the player already has it: owned all the same.
					BadgeService.AwardBadgeAsync(player.UserId as unknown as User, badgeId);
					return true;
				},
				{ ...MONETIZATION_RETRY, random: () => this.random.NextNumber() },
			);
			this.inFlight.get(player)?.delete(badgeId);
			if (!result.ok) {
				warn(`Badge ${badgeId} for ${player.UserId} not awarded (${result.error}); trying again next time`);
				return;
			}
			if (player.Parent !== undefined) setOf(this.owned, player).add(badgeId);
		});
	}

	/** Whether this server has seen the player own the badge. */
	has(player: Player, badgeId: number): boolean {
		return this.owned.get(player)?.has(badgeId) === true;
	}
}

function setOf<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
	let set = map.get(key);
	if (set === undefined) {
		set = new Set();
		map.set(key, set);
	}
	return set;
}
