import { describe, expect, it } from "@rbxts/jest-globals";
import { formatClock, formatPercent, formatThousands, secondsLeft, stepVolume } from "./format";
// demo:begin
import { roundLabel } from "./format";
// demo:end
import { untilAgeTicks, untilCountdownTicks } from "./hooks/use-clock";

describe("UI formatting", () => {
	it("groups thousands", () => {
		expect(formatThousands(0)).toBe("0");
		expect(formatThousands(999)).toBe("999");
		expect(formatThousands(1250)).toBe("1,250");
		expect(formatThousands(1234567)).toBe("1,234,567");
		expect(formatThousands(-5000)).toBe("-5,000");
		expect(formatThousands(12.7)).toBe("12");
	});

	it("shows seconds as m:ss, never negative", () => {
		expect(formatClock(65)).toBe("1:05");
		expect(formatClock(120)).toBe("2:00");
		expect(formatClock(9.2)).toBe("0:10");
		expect(formatClock(-3)).toBe("0:00");
		expect(secondsLeft(1065, 1000)).toBe(65);
		expect(secondsLeft(1000, 1000.5)).toBe(0);
		expect(secondsLeft(1065, 1000.4)).toBe(65);
	});

	// demo:begin
	it("names the round phase", () => {
		expect(roundLabel({ phase: "intermission", number: 2 })).toBe("Intermission");
		expect(roundLabel({ phase: "playing", number: 3 })).toBe("Round 3");
		expect(roundLabel({ phase: "results", number: 3 })).toBe("Results");
	});
	// demo:end

	it("steps volumes by tenths within 0..1 without drift", () => {
		expect(formatPercent(0.5)).toBe("50%");
		expect(formatPercent(0.8)).toBe("80%");
		let volume = 0;
		for (let step = 0; step < 7; step++) volume = stepVolume(volume, 0.1);
		expect(volume).toBe(0.7);
		expect(stepVolume(1, 0.1)).toBe(1);
		expect(stepVolume(0.05, -0.1)).toBe(0);
	});

	it("wakes a countdown and an age exactly when their shown second changes", () => {
		const random = new Random(7);
		for (let index = 0; index < 200; index++) {
			const endsAt = random.NextInteger(0, 500) + random.NextNumber();
			const now = endsAt - random.NextNumber(0.001, 120);
			const tick = untilCountdownTicks(endsAt, now);
			expect(tick > 0 && tick <= 1).toBe(true);
			expect(secondsLeft(endsAt, now + tick - 0.0005)).toBe(secondsLeft(endsAt, now));
			expect(secondsLeft(endsAt, now + tick + 0.0005)).toBe(secondsLeft(endsAt, now) - 1);
			const age = (at: number) => math.floor(at - endsAt);
			const later = endsAt + random.NextNumber(0, 100);
			const ageTick = untilAgeTicks(endsAt, later);
			expect(age(later + ageTick - 0.0005)).toBe(age(later));
			expect(age(later + ageTick + 0.0005)).toBe(age(later) + 1);
		}
		expect(untilCountdownTicks(10, 10)).toBe(math.huge);
	});
});
