import { DATA_CONFIG } from "shared/config/data";

/**
 * When the data service asks ProfileStore to save a loaded profile. ProfileStore repeats a failed save only when it
 * ends the session, so a save the store failed would otherwise wait for the next due time: a crash after an outage
 * would lose the outage on top of maxSecondsBetweenSaves. A failed save is asked for again after a short backoff.
 */
export interface SaveSchedule {
	/** The last save that went through (or the load). */
	savedAt: number;
	/** A save was asked for and has neither gone through nor failed. */
	asking: boolean;
	/** Saves in a row that failed since the last one that went through. */
	failures: number;
	/** When the next attempt may be asked for after a failure. */
	retryAt: number;
}

export function newSaveSchedule(now: number): SaveSchedule {
	return { savedAt: now, asking: false, failures: 0, retryAt: now };
}

/** Whether a save should be asked for now: overdue, none in flight, and any failed one's backoff over. */
export function saveDue(schedule: SaveSchedule, now: number): boolean {
	return !schedule.asking && now - schedule.savedAt >= DATA_CONFIG.maxSecondsBetweenSaves && now >= schedule.retryAt;
}

export function saveAsked(schedule: SaveSchedule) {
	schedule.asking = true;
}

/** A save went through (whoever asked for it: the service, ProfileStore's autosave or a message). */
export function saveConfirmed(schedule: SaveSchedule, now: number) {
	schedule.savedAt = now;
	schedule.asking = false;
	schedule.failures = 0;
	schedule.retryAt = now;
}

/** A request on the profile's key failed: the save in flight, if any, is asked for again after a backoff. */
export function saveFailed(schedule: SaveSchedule, now: number) {
	if (!schedule.asking) return;
	schedule.asking = false;
	schedule.failures += 1;
	const { saveRetryBaseSeconds, saveRetryMaxSeconds } = DATA_CONFIG;
	schedule.retryAt = now + math.min(saveRetryMaxSeconds, saveRetryBaseSeconds * 2 ** (schedule.failures - 1));
}
