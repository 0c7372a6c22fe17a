import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "testing/engine";
import { allowRequest } from "./rate-limit";

describe("rate limits", () => {
	it("refuse a flood past the burst, and forget a player who left", () => {
		const player = getEngine().addPlayerToHost(8101, "RateLimitSpec");
		// sync.requestSnapshot allows a burst of 3 (shared/config/network.ts); the clock does not move within the spec.
		for (let index = 0; index < 3; index++) expect(allowRequest(player, "sync.requestSnapshot")).toBe(true);
		expect(allowRequest(player, "sync.requestSnapshot")).toBe(false);

		// create.roblox.com/docs/reference/engine/classes/Player#Kick: the player leaves and PlayerRemoving fires.
		player.Kick();
		task.wait();
		task.wait();
		expect(player.Parent).toBeUndefined();
		// A fresh bucket: the old one went with the player.
		expect(allowRequest(player, "sync.requestSnapshot")).toBe(true);
	});
});
