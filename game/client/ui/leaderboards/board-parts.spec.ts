import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { Workspace } from "@rbxts/services";
import { BoardParts } from "./board-parts";

function mapPart(name: string): Part {
	const part = new Instance("Part");
	part.Name = name;
	part.Parent = Workspace;
	return part;
}

// Instance.DescendantAdded: create.roblox.com/docs/reference/engine/classes/Instance#DescendantAdded.
describe("the parts the world boards are drawn on", () => {
	const made: Instance[] = [];
	afterEach(() => {
		for (const instance of made) instance.Destroy();
		Workspace.FindFirstChild("Leaderboards")?.Destroy();
	});

	it("uses the map's part, makes a stand-in for a missing one, and hands over when the map's arrives", () => {
		const mapped = mapPart("Leaderboard_alpha");
		made.push(mapped);
		const parts = new BoardParts(["alpha", "beta"]);
		expect(parts.get("alpha")).toBe(mapped);
		const standIn = parts.get("beta")!;
		expect(standIn.Parent?.Name).toBe("Leaderboards");
		expect(standIn.Name).toBe("Leaderboard_beta");

		const late = mapPart("Leaderboard_beta");
		made.push(late);
		task.wait();
		expect(parts.get("beta")).toBe(late);
		expect(standIn.Parent).toBeUndefined();
		// A second copy of a board the map already draws is not adopted.
		const extra = mapPart("Leaderboard_alpha");
		made.push(extra);
		task.wait();
		expect(parts.get("alpha")).toBe(mapped);
	});
});
