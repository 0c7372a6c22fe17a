/**
 * Why the server refused a request, as a fixed kind per check, and its message in the source language (for the
 * server's log and the refusal notice). The client is told the kind and its message, never the bytes it sent, so what
 * goes back is as small as this table; the client shows the player the kind's string from the LocalizationTable
 * (rejectionKey), in the player's language, whose Source is the message here.
 */
export const REJECTION_MESSAGES = {
	"rate-limited": "Too many requests: slow down.",
	"bad-arguments": "That request was not understood.",
	"not-admin": "Only admins can do that.",
	"data-not-loaded": "Your data is still loading.",
	"server-closing": "This server is closing: that was not saved.",
	"invalid-setting": "That setting cannot take that value.",
	"no-such-entity": "That is no longer there.",
	"field-not-allowed": "That cannot be changed.",
	"empty-change": "There was nothing to change.",
	"changed-meanwhile": "Someone changed that first.",
	"unknown-version": "That change was made on a version that is gone.",
	// demo:begin
	"moved-too-fast": "You moved faster than allowed.",
	"no-round": "No round is being played.",
	"already-collected": "Someone got there first.",
	"too-far": "You are too far away.",
	"not-at-checkpoint": "You are not at the checkpoint.",
	"run-not-started": "That run never started.",
	"run-too-fast": "That run was impossibly fast.",
	"run-too-slow": "That run took too long.",
	"no-such-item": "There is no such item.",
	"already-owned": "You already own that.",
	"not-enough-coins": "You need more coins.",
	"not-owned": "You do not own that.",
	// demo:end
} as const;

export type RejectionKind = keyof typeof REJECTION_MESSAGES;

/**
 * Refusals the player is not told of, because what they see already says it: a pickup another player reached first
 * vanishes from the field when the sync removes it, and a red toast would only say they lost a race. The server logs
 * and counts these like any other refusal.
 */
const UNTOLD_REJECTIONS: ReadonlySet<RejectionKind> = new Set<RejectionKind>([
	// demo:begin
	"already-collected",
	// demo:end
]);

/** Whether the player is shown a refusal of this kind (an error toast). */
export function toldToPlayer(kind: RejectionKind): boolean {
	return !UNTOLD_REJECTIONS.has(kind);
}

/** The LocalizationTable key of a refusal's message: "Rejection.rate-limited". */
export function rejectionKey(kind: RejectionKind): string {
	return `Rejection.${kind}`;
}

/** Bytes of detail a log line may carry about one refusal. */
export const MAX_DETAIL_BYTES = 64;

/**
 * A detail fit for a log line: at most `maxBytes`, printable ASCII only (anything else becomes "?"), with "..." when
 * it was cut. Cut first, so a 10 MB string costs what 64 bytes do.
 */
export function sanitiseDetail(text: string, maxBytes = MAX_DETAIL_BYTES): string {
	const cut = text.size() > maxBytes;
	const head = cut ? text.sub(1, maxBytes - 3) : text;
	return string.gsub(head, "[^ -~]", "?")[0] + (cut ? "..." : "");
}
