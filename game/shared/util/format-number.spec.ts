import { describe, expect, it } from "@rbxts/jest-globals";
import { formatThousands } from "./format-number";

describe("formatThousands", () => {
	it("groups the integer part by threes with the separator given", () => {
		expect(formatThousands(0)).toBe("0");
		expect(formatThousands(999)).toBe("999");
		expect(formatThousands(1250)).toBe("1,250");
		expect(formatThousands(1234567)).toBe("1,234,567");
		expect(formatThousands(-5000)).toBe("-5,000");
		expect(formatThousands(12.7)).toBe("12");
		expect(formatThousands(1234567, ".")).toBe("1.234.567");
		expect(formatThousands(-1000, " ")).toBe("-1 000");
		expect(formatThousands(100, ".")).toBe("100");
	});
});
