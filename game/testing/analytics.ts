import { World } from "./world";

/** One AnalyticsService call as the engine recorded it: the method, the player, the server, then its arguments. */
export type AnalyticsEvent = Record<string, unknown> & { kind: string; userId: number; server: string; time: number };

/** Every AnalyticsService call the world's servers made, in call order (world.services.analytics in the engine). */
export function analyticsEvents(world: World): AnalyticsEvent[] {
	const services = (world as unknown as { world: { services: { analytics?: { events: AnalyticsEvent[] } } } }).world
		.services;
	return services.analytics?.events ?? [];
}
