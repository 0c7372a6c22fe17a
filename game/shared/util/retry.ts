export interface RetryOptions {
	readonly attempts: number;
	readonly baseDelaySeconds: number;
	readonly maxDelaySeconds: number;
	/** Returns [0, 1); the jitter source (a Random in production, seeded in tests). */
	readonly random: () => number;
	readonly wait?: (seconds: number) => void;
	/** Checked before each retry: true gives up at once (a deadline passed). */
	readonly stop?: () => boolean;
}

/** The delay before retry number `attempt` (1-based): exponential, capped, with up to 50% jitter added. */
export function backoffDelay(attempt: number, options: RetryOptions): number {
	const exponential = math.min(options.maxDelaySeconds, options.baseDelaySeconds * 2 ** (attempt - 1));
	return exponential * (1 + 0.5 * options.random());
}

/**
 * Calls `attempt` until it succeeds, the attempts run out or `stop` says so after a wait; waits with exponential
 * backoff between tries.
 * Returns the last error message on failure.
 */
export function retryWithBackoff<T>(
	attempt: () => T,
	options: RetryOptions,
): { ok: true; value: T; attempts: number } | { ok: false; error: string; attempts: number } {
	const pause = options.wait ?? ((seconds: number) => task.wait(seconds));
	let lastError = "no attempt was made";
	for (let index = 1; index <= options.attempts; index++) {
		const [ok, result] = pcall(attempt);
		if (ok) return { ok: true, value: result as T, attempts: index };
		lastError = tostring(result);
		if (index === options.attempts) break;
		pause(backoffDelay(index, options));
		if (options.stop?.() === true) return { ok: false, error: lastError, attempts: index };
	}
	return { ok: false, error: lastError, attempts: options.attempts };
}
