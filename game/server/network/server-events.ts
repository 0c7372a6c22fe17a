import { GlobalEvents } from "shared/network";
import { rateLimited } from "./rate-limit";
import { recordRejection } from "./rejections";

/** The server's side of every remote: rate limits first, then Flamework's type guards, then the handlers. */
export const ServerEvents = GlobalEvents.createServer({
	warnOnInvalidGuards: false,
	middleware: {
		sync: { requestSnapshot: [rateLimited("sync.requestSnapshot")] },
		settings: { change: [rateLimited("settings.change")] },
		entities: { propose: [rateLimited("entities.propose")] },
	},
});

GlobalEvents.registerHandler("onBadRequest", (player, data) => {
	recordRejection(player, data.networkInfo.name, `argument ${data.argIndex + 1} has the wrong type`);
});
