import { OnStart, Service } from "@flamework/core";
import { AnalyticsService, Players } from "@rbxts/services";
import { UiRegion } from "shared/analytics/ui-regions";
import { ServerEvents } from "server/network/server-events";

/** The custom event a failed UI region is counted under, with the region in the first custom field. */
export const UI_ERROR_EVENT = "UiError";

/**
 * Counts UI regions that failed on a client (their error boundary's fallback is showing) as a custom analytics event:
 * once per player and region per session, so a client that keeps reporting cannot inflate the count.
 */
@Service()
export class UiErrorService implements OnStart {
	private readonly reported = new Map<Player, Set<UiRegion>>();

	onStart() {
		ServerEvents.ui.reportError.connect((player, region) => this.report(player, region));
		Players.PlayerRemoving.Connect((player) => this.reported.delete(player));
	}

	report(player: Player, region: UiRegion) {
		let regions = this.reported.get(player);
		if (regions === undefined) {
			regions = new Set();
			this.reported.set(player, regions);
		}
		if (regions.has(region)) return;
		regions.add(region);
		AnalyticsService.LogCustomEvent(player, UI_ERROR_EVENT, 1, {
			[Enum.AnalyticsCustomFieldKeys.CustomField01.Name]: region,
		});
	}
}
