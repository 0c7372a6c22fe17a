import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "testing/engine";
import { isAdmin } from "./admins";

// create.roblox.com/docs/reference/engine/classes/RunService#IsStudio, /classes/DataModel#CreatorId and #CreatorType.
describe("isAdmin", () => {
	const player = getEngine().addPlayerToHost(4242, "Owner");
	const live = { isStudio: false, creatorType: Enum.CreatorType.User, creatorId: 1 };

	it("makes every player of a Studio playtest an admin, so the developer who pressed Play sees the health panel", () => {
		expect(isAdmin(player, { ...live, isStudio: true })).toBe(true);
	});

	it("makes the user who owns the place an admin on a live server, and nobody else", () => {
		expect(isAdmin(player, { ...live, creatorId: 4242 })).toBe(true);
		expect(isAdmin(player, live)).toBe(false);
		expect(isAdmin(player, { ...live, creatorType: Enum.CreatorType.Group, creatorId: 4242 })).toBe(false);
	});
});
