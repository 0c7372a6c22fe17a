import { Players } from "@rbxts/services";
import { REJECTION_LIMITS } from "shared/config/network";
import type { RemoteName } from "shared/network";
import { rejectionMessage, RejectionKind, sanitiseDetail } from "shared/remotes/rejection";
import { TokenBucket } from "shared/util/token-bucket";
import { RejectionBook } from "./rejection-book";

/**
 * Requests the server refused: wrong types (Flamework's guards), floods (rate limits) and game rules. Each refusal is
 * counted by remote and kind, logged once per player, remote and kind per interval with at most a short sanitised
 * detail, and told to the client that made it (the kind and its message), so its optimistic changes roll back.
 */
const book = new RejectionBook(REJECTION_LIMITS);

type Notify = (player: Player, remote: RemoteName, message: string, kind: RejectionKind) => void;
let notify: Notify | undefined;

/**
 * Notices wait for a client's budget (a token bucket): a flood of refusals costs the server a few small messages a
 * second, and the waiting ones keep one entry per remote and kind, sent when the budget allows.
 */
interface Notices {
	readonly bucket: TokenBucket;
	readonly waiting: Map<string, readonly [RemoteName, RejectionKind]>;
	scheduled: boolean;
}
const notices = new Map<Player, Notices>();

Players.PlayerRemoving.Connect((player) => {
	book.forget(player.UserId);
	notices.delete(player);
});

/** How refusals reach clients: server-events.ts sends them through the game's remote. */
export function setRejectionNotifier(callback: Notify) {
	notify = callback;
}

function sendWaiting(player: Player, entry: Notices) {
	entry.scheduled = false;
	if (notices.get(player) !== entry) return;
	for (const [key, [remote, kind]] of entry.waiting) {
		if (!entry.bucket.take(os.clock())) break;
		entry.waiting.delete(key);
		notify?.(player, remote, rejectionMessage(kind), kind);
	}
	if (entry.waiting.size() > 0) scheduleWaiting(player, entry);
}

function scheduleWaiting(player: Player, entry: Notices) {
	entry.scheduled = true;
	task.delay(1 / REJECTION_LIMITS.noticesPerSecond, () => sendWaiting(player, entry));
}

function tell(player: Player, remote: RemoteName, kind: RejectionKind) {
	let entry = notices.get(player);
	if (entry === undefined) {
		const bucket = new TokenBucket(REJECTION_LIMITS.noticesPerSecond, REJECTION_LIMITS.noticeBurst, os.clock());
		entry = { bucket, waiting: new Map(), scheduled: false };
		notices.set(player, entry);
	}
	// Older notices first: a new one waits behind any that are already waiting.
	if (entry.waiting.size() === 0 && entry.bucket.take(os.clock())) {
		return notify?.(player, remote, rejectionMessage(kind), kind);
	}
	if (entry.waiting.size() < REJECTION_LIMITS.maxKinds) entry.waiting.set(`${remote}: ${kind}`, [remote, kind]);
	if (!entry.scheduled) scheduleWaiting(player, entry);
}

/**
 * Refuses a request: counts it, logs it (bounded), and tells the player. `detail` may hold what the client sent; it
 * is cut and sanitised before it is looked at and only ever reaches the log.
 */
export function rejectRequest(player: Player | undefined, remote: RemoteName, kind: RejectionKind, detail?: string) {
	const key = `${remote}: ${kind}`;
	const userId = player?.UserId ?? 0;
	const decision = book.record(userId, key, detail !== undefined ? sanitiseDetail(detail) : undefined, os.clock());
	if (decision.log) {
		const suffix = decision.detail !== undefined ? ` (${decision.detail})` : "";
		warn(`[Remotes] rejected ${remote} from ${player?.Name ?? "?"} (${userId}): ${kind}${suffix}`);
	}
	if (player !== undefined && player.Parent !== undefined) tell(player, remote, kind);
}

export function rejectionStats() {
	return book.stats();
}
