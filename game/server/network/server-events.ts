import { GlobalEvents } from "shared/network";
import { rateLimited } from "./rate-limit";
import { recordRejection } from "./rejections";

/** The server's side of every remote: rate limits first, then Flamework's type guards, then the handlers. */
export const ServerEvents = GlobalEvents.createServer({
	warnOnInvalidGuards: false,
	middleware: {
		// sync.requestSnapshot is limited by SyncService itself, which answers a refused request later instead of
		// dropping it (a client without its snapshot would ignore every patch).
		settings: { change: [rateLimited("settings.change")] },
		entities: { propose: [rateLimited("entities.propose")] },
		// demo:begin
		demo: {
			move: [rateLimited("demo.move")],
			collect: [rateLimited("demo.collect")],
			courseCheckpoint: [rateLimited("demo.courseCheckpoint")],
		},
		// demo:end
		admin: {
			forceSync: [rateLimited("admin.forceSync")],
			forceMigration: [rateLimited("admin.forceSync")],
		},
		// demo:begin
		shop: { requestPurchase: [rateLimited("shop.requestPurchase")], equip: [rateLimited("shop.equip")] },
		// demo:end
	},
});

GlobalEvents.registerHandler("onBadRequest", (player, data) => {
	recordRejection(player, data.networkInfo.name, `argument ${data.argIndex + 1} has the wrong type`);
});
