/**
 * The cosmetics this client has asked to buy and not yet heard back about. The row's Buy button stays Buy until the
 * purchase syncs back, a round trip later, so a double click (or an impatient second press) would ask again and earn
 * an "already owned" refusal for a purchase that worked. A second press of an item in flight asks for nothing.
 */
export class PurchasesInFlight {
	private readonly askedAt = new Map<string, number>();

	/**
	 * @param answerTimeout seconds after which an unanswered request no longer blocks a new one (a lost answer must
	 * not leave the button dead)
	 */
	constructor(private readonly answerTimeout: number) {}

	/** Whether to send a purchase of `itemId` pressed at `now`; a true answer marks it in flight. */
	press(itemId: string, now: number): boolean {
		const asked = this.askedAt.get(itemId);
		if (asked !== undefined && now - asked < this.answerTimeout) return false;
		this.askedAt.set(itemId, now);
		return true;
	}

	/** The player's own data now lists these items as owned: those purchases are answered. */
	owned(items: ReadonlyArray<string>) {
		for (const itemId of items) this.askedAt.delete(itemId);
	}

	/** The server refused a purchase (the refusal names no item): every one in flight is answered. */
	refused() {
		this.askedAt.clear();
	}
}
