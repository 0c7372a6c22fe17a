import { PRODUCTS } from "shared/config/products";
import { World } from "./world";

/** One AnalyticsService call as the engine recorded it: the method, the player, the server, then its arguments. */
export type AnalyticsEvent = Record<string, unknown> & { kind: string; userId: number; server: string; time: number };

/** A badge the engine's BadgeService actually awarded. */
export interface BadgeAward {
	readonly userId: number;
	readonly badgeId: number;
	readonly server: string;
}

interface EngineServices {
	analytics?: { events: AnalyticsEvent[] };
	badges?: { awards: BadgeAward[]; awardCalls: number; grant: (userId: number, badgeId: number) => void };
	marketplace?: {
		grantGamePass: (userId: number, gamePassId: number) => void;
		buyGamePass: (userId: number, gamePassId: number) => void;
	};
}

// The engine's services keep their harness side on the world table (world.services.<name>), made on first use.
function services(world: World): EngineServices {
	return (world as unknown as { world: { services: EngineServices } }).world.services;
}

/** Every AnalyticsService call the world's servers made, in call order. */
export function analyticsEvents(world: World): AnalyticsEvent[] {
	return services(world).analytics?.events ?? [];
}

/** Every badge awarded in the world, in order (a badge a player already had is not in it). */
export function badgeAwards(world: World): BadgeAward[] {
	return services(world).badges?.awards ?? [];
}

/** How many AwardBadgeAsync requests the world's servers made, whatever their outcome. */
export function badgeAwardCalls(world: World): number {
	return services(world).badges?.awardCalls ?? 0;
}

/** The user has owned the badge since before the run (a server must have used BadgeService first). */
export function grantBadge(world: World, userId: number, badgeId: number) {
	services(world).badges!.grant(userId, badgeId);
}

/** The player completes a purchase prompt for the pass: owned from now on, PromptGamePassPurchaseFinished fires. */
export function buyGamePass(world: World, userId: number, gamePassId: number) {
	services(world).marketplace!.buyGamePass(userId, gamePassId);
}

/** The user has owned the pass since before the run. */
export function grantGamePass(world: World, userId: number, gamePassId: number) {
	services(world).marketplace!.grantGamePass(userId, gamePassId);
}

/** A developer product of the game's config (any will do for a purchase). */
export function firstProductId(): number {
	for (const [productId] of pairs(PRODUCTS)) return productId;
	error("the game has no developer products");
}
