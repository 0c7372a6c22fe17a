import type { RemoteName } from "shared/network";
import { GlobalEvents } from "shared/network";
import { allowRequest, limitEveryEvent } from "./rate-limit";
import { rejectRequest, setRejectionNotifier } from "./rejections";

/**
 * The server's side of every remote. Flamework runs each remote's type guard first, then this middleware (a rate
 * limit on every event of every namespace, by default), then the handlers. A namespace missing here would have no
 * limit: the hostile-input spec walks every remote and fails for one.
 */
export const ServerEvents = GlobalEvents.createServer({
	warnOnInvalidGuards: false,
	middleware: {
		// sync.requestSnapshot is limited by SyncService itself, which answers a refused request later instead of
		// dropping it (a client without its snapshot would ignore every patch).
		settings: limitEveryEvent("settings"),
		entities: limitEveryEvent("entities"),
		ui: limitEveryEvent("ui"),
		// demo:begin
		demo: limitEveryEvent("demo"),
		shop: limitEveryEvent("shop"),
		// demo:end
		admin: limitEveryEvent("admin"),
	},
});

setRejectionNotifier((player, remote, message, kind) =>
	ServerEvents.actions.rejected.fire(player, remote, message, kind),
);

// A call of the wrong shape counts against its remote's limit too: a flood of malformed calls is refused as a flood.
GlobalEvents.registerHandler("onBadRequest", (player, data) => {
	const remote = data.networkInfo.name.gsub("/", ".")[0] as RemoteName;
	const kind = player !== undefined && allowRequest(player, remote) ? "bad-arguments" : "rate-limited";
	rejectRequest(player, remote, kind, `argument ${data.argIndex + 1}`);
});
