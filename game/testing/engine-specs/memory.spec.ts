// The engine must free what game code lets go of, as Roblox does: a destroyed instance or a dropped connection that
// nothing references is collected. Luau's weak tables are not ephemerons, so an engine map from an object to state
// that points back at the object would keep everything ever made (docs/engine.md, "Memory").
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

// Allocates garbage until the weakly held objects are gone, or a bound that several full collections fit in.
const UNTIL_COLLECTED = `
	local function collectedAll(weak)
		for round = 1, 400 do
			if next(weak) == nil then return true end
			local garbage = {}
			for index = 1, 20000 do garbage[index] = { index } end
		end
		return next(weak) == nil
	end
`;

describe("memory", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#Destroy
	it("a destroyed instance that nothing references is freed, with its descendants", () => {
		const freed = getEngine()
			.createPeer()
			.run(
				`${UNTIL_COLLECTED}
				local weak = setmetatable({}, { __mode = "v" })
				-- Made in a function of its own: a finished call leaves no stale registers that would still hold them.
				local function make()
				for index = 1, 50 do
					local part = Instance.new("Part")
					local child = Instance.new("Folder")
					child.Parent = part
					part.Parent = workspace
					part:SetAttribute("Index", index)
					part.Changed:Connect(function() end)
					weak[index] = part
					weak[index + 50] = child
					part:Destroy()
				end
				end
				make()
				-- Destroy disconnects the instance's events at the next resumption point.
				task.wait()
				return collectedAll(weak)`,
			);
		expect(freed).toBe(true);
	});

	// create.roblox.com/docs/reference/engine/datatypes/RBXScriptConnection
	it("a disconnected connection and its handler are freed", () => {
		const freed = getEngine()
			.createPeer()
			.run(
				`${UNTIL_COLLECTED}
				local weak = setmetatable({}, { __mode = "v" })
				local event = Instance.new("BindableEvent")
				local function make()
				for index = 1, 50 do
					local handler = function() return index end
					local connection = event.Event:Connect(handler)
					weak[index] = connection
					weak[index + 50] = handler
					connection:Disconnect()
				end
				end
				make()
				-- Destroy disconnects the instance's events at the next resumption point.
				task.wait()
				return collectedAll(weak)`,
			);
		expect(freed).toBe(true);
	});
});
