import { Networking } from "@flamework/networking";
import type { RateLimit } from "shared/config/network";
import type { RemoteNamesOf } from "shared/network";
// The demo's refusal kinds come with its remotes: any side that uses them has their messages registered.
import "./rejections";

/**
 * The demo's remotes, in a networking of their own: Flamework generates their guards from these types as it does for
 * the framework's, and server/demo/demo-events.ts rate-limits every event and counts malformed calls like the
 * framework's remotes.
 */
export interface DemoClientToServerEvents {
	demo: {
		/** Where the player is (headless players and bots have no character); checked against the speed limit. */
		move: Networking.Unreliable<(position: Vector3) => void>;
		/** Pick up a collectible: distance, round phase and first-come are checked on the server. */
		collect(entityId: string): void;
		/** Touch a course checkpoint: the server checks the player is there and times the run. */
		courseCheckpoint(checkpoint: "start" | "finish"): void;
	};
	shop: {
		/** Ask to buy a cosmetic with coins; the server runs the secure purchase. */
		requestPurchase(itemId: string): void;
		equip(itemId: string): void;
	};
}

declare module "shared/network" {
	interface GameClientToServerEvents extends DemoClientToServerEvents {}
}

export const DemoEvents = Networking.createEvent<DemoClientToServerEvents, {}>();

/** Per player, per remote, as in shared/config/network.ts (the demo's remotes without an entry get the default). */
export const DEMO_RATE_LIMITS: Readonly<Partial<Record<RemoteNamesOf<DemoClientToServerEvents>, RateLimit>>> = {
	"demo.move": { perSecond: 20, burst: 30 },
	"demo.collect": { perSecond: 8, burst: 12 },
	"demo.courseCheckpoint": { perSecond: 2, burst: 4 },
	"shop.requestPurchase": { perSecond: 2, burst: 4 },
	"shop.equip": { perSecond: 2, burst: 4 },
};
