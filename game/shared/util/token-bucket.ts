/**
 * A token bucket: `burst` tokens at most, refilled at `perSecond`. Pure over the times it is given, so it is tested
 * without a clock.
 */
export class TokenBucket {
	private tokens: number;
	private updatedAt: number;

	constructor(
		private readonly perSecond: number,
		private readonly burst: number,
		now: number,
	) {
		this.tokens = burst;
		this.updatedAt = now;
	}

	/** Takes a token if one is available at time `now`. */
	take(now: number): boolean {
		const elapsed = math.max(0, now - this.updatedAt);
		this.tokens = math.min(this.burst, this.tokens + elapsed * this.perSecond);
		this.updatedAt = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}
}
