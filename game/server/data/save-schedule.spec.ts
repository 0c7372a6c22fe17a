import { describe, expect, it } from "@rbxts/jest-globals";
import { DATA_CONFIG } from "shared/config/data";
import { newSaveSchedule, saveAsked, saveConfirmed, saveDue, saveFailed } from "./save-schedule";

const MAX = DATA_CONFIG.maxSecondsBetweenSaves;

describe("save schedule", () => {
	it("is due once the last save is maxSecondsBetweenSaves old, and not again while one is in flight", () => {
		const schedule = newSaveSchedule(100);
		expect(saveDue(schedule, 100 + MAX - 1)).toBe(false);
		expect(saveDue(schedule, 100 + MAX)).toBe(true);
		saveAsked(schedule);
		expect(saveDue(schedule, 100 + MAX + 60)).toBe(false);
		saveConfirmed(schedule, 100 + MAX + 61);
		expect(saveDue(schedule, 100 + 2 * MAX + 60)).toBe(false);
		expect(saveDue(schedule, 100 + 2 * MAX + 61)).toBe(true);
	});

	it("asks again for a failed save after a backoff that doubles up to its max, and resets on success", () => {
		const schedule = newSaveSchedule(0);
		let now = MAX;
		const delays: number[] = [];
		for (let attempt = 0; attempt < 5; attempt++) {
			expect(saveDue(schedule, now)).toBe(true);
			saveAsked(schedule);
			saveFailed(schedule, now);
			const failedAt = now;
			while (!saveDue(schedule, now)) now += 1;
			delays.push(now - failedAt);
		}
		const base = DATA_CONFIG.saveRetryBaseSeconds;
		const cap = DATA_CONFIG.saveRetryMaxSeconds;
		expect(delays).toEqual([1, 2, 4, 8, 16].map((factor) => math.min(cap, base * factor)));
		expect(delays[4]).toBe(cap);
		saveAsked(schedule);
		saveConfirmed(schedule, now);
		expect(schedule.failures).toBe(0);
		expect(saveDue(schedule, now + MAX - 1)).toBe(false);
	});

	it("ignores an error on the key when no save was asked for (the last one stands)", () => {
		const schedule = newSaveSchedule(0);
		saveFailed(schedule, 10);
		expect(schedule.failures).toBe(0);
		expect(saveDue(schedule, MAX)).toBe(true);
	});
});
