/**
 * Why the server refused a request, as a fixed kind per check, and its message in the source language (for the
 * server's log and the refusal notice). The client is told the kind and its message, never the bytes it sent, so what
 * goes back is as small as this table; the client shows the player the kind's string from the LocalizationTable
 * (rejectionKey), in the player's language, whose Source is the message here.
 */
const FRAMEWORK_REJECTIONS = {
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
} as const;

/**
 * Refusal kinds a game adds for its own rules, merged in with `declare module "shared/remotes/rejection"` (kind ->
 * message), their messages given at run time to addRejections. The refusal remote's guard is generated from
 * RejectionKind, so a kind not declared here never reaches a client.
 */
export interface GameRejections {}

export type RejectionKind = keyof typeof FRAMEWORK_REJECTIONS | keyof GameRejections;

const messages: Partial<Record<RejectionKind, string>> = table.clone(FRAMEWORK_REJECTIONS);
/** Every kind's message: the framework's, and a game's once it called addRejections. */
export const REJECTION_MESSAGES: Readonly<Partial<Record<RejectionKind, string>>> = messages;

/**
 * Refusals the player is not told of, because what they see already says it (a thing another player took first
 * vanishes when the sync removes it; a red toast would only say they lost a race). The server logs and counts these
 * like any other refusal.
 */
const untold = new Set<RejectionKind>();

/**
 * Gives the messages of a game's refusal kinds (each in the source language, as its LocalizationTable Source) and
 * which of them the player is not told of. A framework kind keeps its own message.
 */
export function addRejections(added: Readonly<GameRejections>, untoldKinds: ReadonlyArray<keyof GameRejections> = []) {
	for (const [kind, message] of pairs(added as Readonly<Record<RejectionKind, string>>))
		if (messages[kind] === undefined) messages[kind] = message;
	for (const kind of untoldKinds) untold.add(kind);
}

/** The message of a refusal kind, in the source language. */
export function rejectionMessage(kind: RejectionKind): string {
	return messages[kind] ?? kind;
}

/** Whether the player is shown a refusal of this kind (an error toast). */
export function toldToPlayer(kind: RejectionKind): boolean {
	return !untold.has(kind);
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
