import type { RemoteName } from "shared/network";
import { GlobalEvents } from "shared/network";
import { allowRequest, limitEveryEvent } from "./rate-limit";
import { rejectRequest, setRejectionNotifier } from "./rejections";

/**
 * The server's side of every remote. Flamework runs each remote's type guard first, then this middleware (a rate
 * limit on every event of every namespace, by default), then the handlers. A namespace missing here would have no
 * limit: the hostile-input spec walks every remote and fails for one. A game's own networking is created the same
 * way beside its code (server/demo/demo-events.ts), with refuseBadRequests.
 */
export const ServerEvents = GlobalEvents.createServer({
	warnOnInvalidGuards: false,
	middleware: {
		// sync.requestSnapshot is limited by SyncService itself, which answers a refused request later instead of
		// dropping it (a client without its snapshot would ignore every patch).
		settings: limitEveryEvent("settings"),
		entities: limitEveryEvent("entities"),
		ui: limitEveryEvent("ui"),
		admin: limitEveryEvent("admin"),
	},
});

setRejectionNotifier((player, remote, message, kind) =>
	ServerEvents.actions.rejected.fire(player, remote, message, kind),
);

/**
 * Counts a call of the wrong shape against its remote's limit too, so a flood of malformed calls is refused as a
 * flood. For every networking the server listens on: this one, and any a game declares of its own.
 */
export function refuseBadRequests(events: Pick<typeof GlobalEvents, "registerHandler">) {
	events.registerHandler("onBadRequest", (player, data) => {
		const remote = data.networkInfo.name.gsub("/", ".")[0] as RemoteName;
		const kind = player !== undefined && allowRequest(player, remote) ? "bad-arguments" : "rate-limited";
		rejectRequest(player, remote, kind, `argument ${data.argIndex + 1}`);
	});
}

refuseBadRequests(GlobalEvents);
