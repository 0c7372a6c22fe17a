/**
 * The one deadline a join has, from the moment the player is seen to the moment their data is in the state: waiting
 * for an earlier session's final save, reading the raw key, backups, the session start, migration and validation all
 * count against it. When it passes, `expire` ends the session the join holds (ProfileStore saves the data exactly as
 * it was loaded and releases the lock) and every later stage sees `expired()` and writes nothing.
 */
export class JoinDeadline {
	private readonly endsAt: number;
	private passed = false;
	private session?: { EndSession(): void; IsActive(): boolean };

	constructor(
		readonly seconds: number,
		private readonly now: () => number,
	) {
		this.endsAt = now() + seconds;
	}

	expired(): boolean {
		return this.passed || this.now() > this.endsAt;
	}

	/** The session this join started; ended at once if the deadline has already passed. */
	hold(session: { EndSession(): void; IsActive(): boolean }) {
		this.session = session;
		if (this.passed) this.release();
	}

	expire() {
		this.passed = true;
		this.release();
	}

	private release() {
		const session = this.session;
		this.session = undefined;
		if (session?.IsActive()) session.EndSession();
	}
}
