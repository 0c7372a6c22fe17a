import { describe, expect, it } from "@rbxts/jest-globals";
import { greet } from "./hello";

describe("greet", () => {
	it("says hello", () => {
		expect(greet("a")).toBe("hello a");
	});
});
