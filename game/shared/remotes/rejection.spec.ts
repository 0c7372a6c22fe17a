import { describe, expect, it } from "@rbxts/jest-globals";
import { addRejections, rejectionMessage, toldToPlayer } from "./rejection";

describe("refusal kinds", () => {
	it("keeps a framework kind's message and tells it to the player when a game names it again", () => {
		const renamed = { "rate-limited": "Go on, flood us." };
		addRejections(renamed as unknown as Parameters<typeof addRejections>[0]);
		expect(rejectionMessage("rate-limited")).toBe("Too many requests: slow down.");
		expect(toldToPlayer("rate-limited")).toBe(true);
	});
});
