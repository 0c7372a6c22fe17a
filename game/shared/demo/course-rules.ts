import { COURSE_CONFIG, MAP_LAYOUT, MOVEMENT_CONFIG } from "shared/config/demo";
import { RejectionKind } from "shared/remotes/rejection";

/**
 * The fastest run possible at the speed limit: from the edge of the start checkpoint to the edge of the finish one,
 * in a straight line. Anything faster did not happen on foot.
 */
export const COURSE_MINIMUM_MILLISECONDS = math.floor(
	((MAP_LAYOUT.courseFinish.sub(MAP_LAYOUT.courseStart).Magnitude - 2 * COURSE_CONFIG.checkpointRadius) /
		MOVEMENT_CONFIG.maxSpeed) *
		1000,
);

/** Why a finished run of `milliseconds` does not count, or undefined when it does. */
export function checkCourseRun(milliseconds: number): RejectionKind | undefined {
	if (milliseconds < COURSE_MINIMUM_MILLISECONDS) return "run-too-fast";
	if (milliseconds > COURSE_CONFIG.maximumMilliseconds) return "run-too-slow";
	return undefined;
}
