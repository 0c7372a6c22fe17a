import { DataStoreService, RunService } from "@rbxts/services";
import { LEADERBOARD_CONFIG } from "shared/config/leaderboards";

/**
 * Whether the leaderboards can reach their stores. A live server always can. Studio can only when the place is
 * published with "Enable Studio Access to API Services" on (create.roblox.com/docs/cloud-services/data-stores,
 * "Enable Studio access"); otherwise every request fails with error 403 StudioAccessToApisNotAllowed
 * (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits). As ProfileStore does, Studio finds out
 * from the first request's error: one probe at start. Until it answers the boards wait ("checking"); "unavailable"
 * is the local mode: no request is made again, so nothing is queued, retried or drained at shutdown.
 */
export type StoreAccessState = "checking" | "available" | "unavailable";

/**
 * Studio's answers for a place without API access: the documented 403, and the "must publish" of an unpublished
 * file (the texts ProfileStore looks for). Any other failure is an ordinary one that the usual retries handle.
 */
export function isNoApiAccessError(message: string): boolean {
	return (
		message.find("403", 1, true)[0] !== undefined ||
		message.find("StudioAccessToApisNotAllowed", 1, true)[0] !== undefined ||
		message.find("must publish", 1, true)[0] !== undefined
	);
}

/** The probe: one read of a key nobody writes (a read, so Studio with access writes nothing). Yields. */
function probeRead() {
	DataStoreService.GetDataStore(LEADERBOARD_CONFIG.METADATA_STORE).GetAsync("__access");
}

export class StoreAccess {
	state: StoreAccessState;
	/** The probe's error when it found no access (for the logs and the stats). */
	reason?: string;

	constructor(
		private readonly studio: boolean = RunService.IsStudio(),
		private readonly probe: () => void = probeRead,
	) {
		this.state = studio ? "checking" : "available";
	}

	available(): boolean {
		return this.state === "available";
	}

	unavailable(): boolean {
		return this.state === "unavailable";
	}

	/** Runs the probe in Studio (yields); calls `onUnavailable` once when it finds no API access. */
	check(onUnavailable: () => void) {
		if (!this.studio || this.state !== "checking") return;
		const [ok, problem] = pcall(this.probe);
		if (!ok && isNoApiAccessError(tostring(problem))) {
			this.state = "unavailable";
			this.reason = tostring(problem);
			warn(`[Leaderboards] DataStores are unavailable in Studio (${this.reason}): the boards are local only`);
			onUnavailable();
			return;
		}
		this.state = "available";
	}
}
