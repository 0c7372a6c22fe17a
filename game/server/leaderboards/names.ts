import { Players } from "@rbxts/services";

/**
 * Display names for user ids: from the player list when the player is in this server, else from
 * Players:GetNameFromUserIdAsync (create.roblox.com/docs/reference/engine/classes/Players#GetNameFromUserIdAsync),
 * cached for the server's life. A failed lookup is retried after RETRY seconds; until then the id stands in.
 */
const RETRY = 60;

export class NameCache {
	private readonly names = new Map<number, string>();
	private readonly failedAt = new Map<number, number>();
	lookups = 0;
	failures = 0;

	/** The name if known now (no yield). */
	peek(userId: number): string | undefined {
		const cached = this.names.get(userId);
		if (cached !== undefined) return cached;
		const player = Players.GetPlayerByUserId(userId);
		if (player !== undefined) {
			this.names.set(userId, player.Name);
			return player.Name;
		}
		return undefined;
	}

	/** The name shown for a user id: the known name or "#<id>". */
	display(userId: number): string {
		return this.peek(userId) ?? `#${userId}`;
	}

	/** Looks up every unknown id (yields); returns true when a new name was learnt. */
	resolve(userIds: readonly number[]): boolean {
		let learnt = false;
		for (const userId of userIds) {
			if (this.peek(userId) !== undefined) continue;
			const failed = this.failedAt.get(userId);
			if (failed !== undefined && os.clock() - failed < RETRY) continue;
			this.lookups += 1;
			const [ok, name] = pcall(() => Players.GetNameFromUserIdAsync(userId as never));
			if (ok && typeIs(name, "string")) {
				this.names.set(userId, name);
				learnt = true;
			} else {
				this.failures += 1;
				this.failedAt.set(userId, os.clock());
			}
		}
		return learnt;
	}

	size() {
		return this.names.size();
	}
}
