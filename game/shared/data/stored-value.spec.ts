import { describe, expect, it } from "@rbxts/jest-globals";
import { classifyStoredValue } from "./stored-value";

describe("classifyStoredValue", () => {
	it("knows ProfileStore's envelope by its three tables and hands back its document", () => {
		const document = { coins: 3 };
		const shape = classifyStoredValue({ Data: document, MetaData: {}, GlobalUpdates: [0, []], UserIds: [] });
		expect(shape).toEqual({ kind: "envelope", document });
	});

	it("treats nothing, and ProfileStore's global-updates-only value, as a profile still to be created", () => {
		expect(classifyStoredValue(undefined).kind).toBe("missing");
		expect(classifyStoredValue({ GlobalUpdates: [1, []] }).kind).toBe("missing");
	});

	it("calls a dictionary without the envelope a bare document", () => {
		expect(classifyStoredValue({ cash: 888 })).toEqual({ kind: "bare", document: { cash: 888 } });
	});

	it.each([
		["a string", "cash=888", "a string"],
		["a number", 8880, "a number"],
		["a boolean", true, "a boolean"],
		["a list", [1, 2], "a list"],
		["a broken envelope", { Data: "x", MetaData: {}, GlobalUpdates: [0, []] }, "Data"],
		["an envelope without MetaData", { Data: {}, GlobalUpdates: [0, []] }, "MetaData"],
		["an envelope whose Data is a list", { Data: [1], MetaData: {}, GlobalUpdates: [0, []] }, "not a dictionary"],
	] as const)("calls %s unreadable and says why", (_, value, reason) => {
		const shape = classifyStoredValue(value);
		expect(shape.kind).toBe("unreadable");
		if (shape.kind === "unreadable") expect(shape.reason).toMatch(reason);
	});
});
