import { describe, expect, it } from "@rbxts/jest-globals";
import { formatUptime, uptimeSeconds } from "./server-info";

describe("uptimeSeconds", () => {
	it("counts whole seconds since the start", () => {
		expect(uptimeSeconds(1000, 1061.9)).toBe(61);
	});
	it("never goes negative when the client clock is behind", () => {
		expect(uptimeSeconds(1000, 998)).toBe(0);
	});
});

describe("formatUptime", () => {
	it("pads minutes and seconds", () => {
		expect(formatUptime(3 * 3600 + 5 * 60 + 7)).toBe("3:05:07");
	});
	it("formats zero and fractions", () => {
		expect(formatUptime(0)).toBe("0:00:00");
		expect(formatUptime(59.99)).toBe("0:00:59");
	});
});
