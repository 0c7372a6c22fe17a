/**
 * Requests the server refused: wrong types (Flamework's guards), floods (rate limits), and game rules. Each is logged
 * once per player, remote and reason per minute, so a flood cannot flood the log too; all are counted.
 */
const counts = new Map<string, number>();
const lastLogged = new Map<string, number>();
let total = 0;

export function recordRejection(player: Player | undefined, remote: string, reason: string) {
	total += 1;
	const key = `${remote}: ${reason}`;
	counts.set(key, (counts.get(key) ?? 0) + 1);
	const logKey = `${player?.UserId ?? 0}|${key}`;
	const now = os.clock();
	const last = lastLogged.get(logKey);
	if (last === undefined || now - last >= 60) {
		lastLogged.set(logKey, now);
		warn(`[Remotes] rejected ${remote} from ${player?.Name ?? "?"} (${player?.UserId ?? 0}): ${reason}`);
	}
}

export function rejectionStats() {
	const byReason: Record<string, number> = {};
	for (const [key, count] of counts) byReason[key] = count;
	return { total, byReason };
}
