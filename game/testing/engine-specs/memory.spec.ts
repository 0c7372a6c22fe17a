// The engine must free what game code lets go of, as Roblox does: a destroyed instance or a dropped connection that
// nothing references is collected. Luau's weak tables are not ephemerons, so an engine map from an object to state
// that points back at the object would keep everything ever made (docs/engine.md, "Memory").
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

/**
 * Runs `drop` (Luau: makes objects, puts each in the weak table `weak`, then lets go of them) in a fresh peer, and
 * returns whether all of them were collected. `drop` runs in a function of its own, so no stale register of the caller
 * still holds them; a frame passes first (Destroy disconnects events at the next resumption point); then garbage is
 * allocated until they are gone, or up to a bound that several full collections fit in.
 */
function freedAfter(drop: string): boolean {
	return getEngine()
		.createPeer()
		.run(
			`local weak = setmetatable({}, { __mode = "v" })
			local function drop()
				${drop}
			end
			drop()
			task.wait()
			for round = 1, 400 do
				if next(weak) == nil then return true end
				local garbage = {}
				for index = 1, 20000 do garbage[index] = { index } end
			end
			return next(weak) == nil`,
		) as boolean;
}

describe("memory", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#Destroy
	it("a destroyed instance that nothing references is freed, with its descendants", () => {
		const freed = freedAfter(`
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
			end`);
		expect(freed).toBe(true);
	});

	// create.roblox.com/docs/reference/engine/datatypes/RBXScriptConnection
	it("a disconnected connection and its handler are freed", () => {
		const freed = freedAfter(`
			local event = Instance.new("BindableEvent")
			for index = 1, 50 do
				-- A handler with an upvalue: Luau reuses one closure for a function without any.
				local handler = function() return index end
				local connection = event.Event:Connect(handler)
				weak[index] = connection
				weak[index + 50] = handler
				connection:Disconnect()
			end`);
		expect(freed).toBe(true);
	});
});
