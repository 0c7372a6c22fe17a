import { addRateLimits } from "shared/config/network";
import { DEMO_RATE_LIMITS, DemoEvents } from "shared/demo/network";
import { limitEveryEvent } from "server/network/rate-limit";
import { refuseBadRequests } from "server/network/server-events";

addRateLimits(DEMO_RATE_LIMITS);

/** The server's side of the demo's remotes: the type guards, then a rate limit on every event, then the handlers. */
export const DemoServerEvents = DemoEvents.createServer({
	warnOnInvalidGuards: false,
	middleware: {
		demo: limitEveryEvent("demo"),
		shop: limitEveryEvent("shop"),
	},
});

refuseBadRequests(DemoEvents);
