/**
 * Which pickups this client asks the server for. A pickup stays on screen until the server's removal syncs back, a
 * round trip after the request, while the controller checks for nearby pickups ten times a second: asking again in
 * that window only earns an "already collected" refusal. So a pickup is asked for once, until it is gone. A refusal
 * names no pickup, so after one every pickup asked for waits until the player has left it and comes back, as a touch
 * on Roblox fires again only on a new contact.
 */
export class PickupRequests {
	private readonly asked = new Set<string>();
	private readonly refusedNearby = new Set<string>();

	/** Given the pickups near the player now, the ones to ask for (each marked as asked). */
	toAsk(near: ReadonlyArray<string>): string[] {
		const nearNow = new Set(near);
		for (const id of this.refusedNearby) if (!nearNow.has(id)) this.refusedNearby.delete(id);
		const result: string[] = [];
		for (const id of near) {
			if (this.asked.has(id) || this.refusedNearby.has(id)) continue;
			this.asked.add(id);
			result.push(id);
		}
		return result;
	}

	/** The pickup left the client's mirror (collected, or the round ended). */
	gone(id: string) {
		this.asked.delete(id);
		this.refusedNearby.delete(id);
	}

	/** The server refused a pickup. */
	refused() {
		for (const id of this.asked) this.refusedNearby.add(id);
		this.asked.clear();
	}
}
