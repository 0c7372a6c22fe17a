/**
 * What calling a function that must not yield gave: its result, or why it failed (it threw, or it yielded).
 */
export type NoYieldResult<T> = { ok: true; value: T } | { ok: false; yielded: boolean; error: string };

/**
 * Calls `callback` on a coroutine of its own and resumes it once. A callback that finishes in that one resume ran
 * without yielding; one that is still suspended afterwards yielded (task.wait, a DataStore call, a WaitForChild) and is
 * cancelled there, so the scheduler never resumes it and nothing it would have done after the yield happens.
 */
export function callWithoutYielding<T>(callback: () => T): NoYieldResult<T> {
	const thread = coroutine.create(callback);
	const [resumed, result] = coroutine.resume(thread);
	if (coroutine.status(thread) !== "dead") {
		task.cancel(thread);
		return { ok: false, yielded: true, error: "it yielded, and it must not yield" };
	}
	// The message's first line: what was thrown, without a traceback some hosts append.
	if (!resumed) return { ok: false, yielded: false, error: tostring(result).split("\n")[0] };
	return { ok: true, value: result as T };
}
