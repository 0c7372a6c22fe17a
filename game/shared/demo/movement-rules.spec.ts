import { describe, expect, it } from "@rbxts/jest-globals";
import { COURSE_CONFIG, MOVEMENT_CONFIG } from "shared/config/demo";
import { checkCourseRun, COURSE_MINIMUM_MILLISECONDS } from "./course-rules";
import { acceptMove, MovementTrack, trackAt } from "./movement-rules";

const SPEED = MOVEMENT_CONFIG.maxSpeed;

/** Moves along +X from the origin: `steps` moves of `studs` each, `seconds` apart; the track, or the step refused. */
function walk(steps: number, studs: number, seconds: number, start: MovementTrack = trackAt(Vector3.zero, 0)) {
	let track = start;
	for (let step = 1; step <= steps; step++) {
		const moved = acceptMove(track, track.position.add(new Vector3(studs, 0, 0)), track.at + seconds);
		if (moved === undefined) return { refusedAt: step, track };
		track = moved;
	}
	return { refusedAt: undefined, track };
}

describe("movement rules", () => {
	it("accept a walk at the speed limit for as long as it goes", () => {
		const { refusedAt, track } = walk(600, SPEED * 0.1, 0.1);
		expect(refusedAt).toBeUndefined();
		expect(math.abs(track.position.X - SPEED * 60)).toBeLessThan(0.1);
	});

	it("save up at most half a second of travel: a 90-stud jump after a minute standing still is refused", () => {
		const still = trackAt(Vector3.zero, 0);
		expect(acceptMove(still, new Vector3(90, 0, 0), 60)).toBeUndefined();
		const cap = SPEED * MOVEMENT_CONFIG.burstSeconds + MOVEMENT_CONFIG.toleranceStuds;
		expect(acceptMove(still, new Vector3(cap - 0.01, 0, 0), 60)).toBeDefined();
		expect(acceptMove(still, new Vector3(cap + 0.01, 0, 0), 60)).toBeUndefined();
	});

	it("lend the jitter tolerance only once: many small moves add up to no more than the speed limit", () => {
		// Twenty reports a second, each a little over a twentieth of a second of travel plus the tolerance.
		const { refusedAt } = walk(40, SPEED * 0.05 + MOVEMENT_CONFIG.toleranceStuds * 0.9, 0.05);
		expect(refusedAt).toBeDefined();
		expect(refusedAt).toBeLessThanOrEqual(4);
	});

	it("limit speed along the ground, not a fall", () => {
		const high = trackAt(new Vector3(0, 60, 0), 0);
		expect(acceptMove(high, new Vector3(1, 3, 0), 0.5)?.position.Y).toBe(3);
		expect(acceptMove(high, new Vector3(90, 3, 0), 0.5)).toBeUndefined();
	});

	it("refuse NaN and infinite positions", () => {
		const track = trackAt(Vector3.zero, 0);
		expect(acceptMove(track, new Vector3(0 / 0, 0, 0), 1)).toBeUndefined();
		expect(acceptMove(track, new Vector3(math.huge, 0, 0), 1)).toBeUndefined();
		expect(acceptMove(track, new Vector3(0, math.huge, 0), 1)).toBeUndefined();
		expect(acceptMove(track, new Vector3(0, 0 / 0, 0), 1)).toBeUndefined();
		expect(acceptMove(track, new Vector3(-0, 0, 0), 1)).toBeDefined();
	});
});

describe("course rules", () => {
	it("refuse a run faster than the speed limit allows between the checkpoints' edges", () => {
		// 140 studs between the checkpoints, less a checkpoint radius at each end, at 24 studs/s.
		expect(COURSE_MINIMUM_MILLISECONDS).toBe(
			math.floor(((140 - 2 * COURSE_CONFIG.checkpointRadius) / SPEED) * 1000),
		);
		expect(checkCourseRun(4200)).toBe("run-too-fast");
		expect(checkCourseRun(COURSE_MINIMUM_MILLISECONDS - 1)).toBe("run-too-fast");
		expect(checkCourseRun(COURSE_MINIMUM_MILLISECONDS)).toBeUndefined();
		expect(checkCourseRun(COURSE_CONFIG.maximumMilliseconds + 1)).toBe("run-too-slow");
	});
});
