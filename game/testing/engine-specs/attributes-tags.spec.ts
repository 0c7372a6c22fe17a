// Conformance of attributes and tags, and of CollectionService's view of tagged instances in the DataModel.
import { describe, expect, it } from "@rbxts/jest-globals";
import { CollectionService, Workspace } from "@rbxts/services";

// SetAttribute without the typings' value check: for EnumItems (missing from the typings) and deliberately wrong values.
function setLoose(instance: Instance, name: string, value: unknown) {
	(instance.SetAttribute as unknown as (self: Instance, name: string, value: unknown) => void)(instance, name, value);
}

// create.roblox.com/docs/reference/engine/classes/Instance#SetAttribute
describe("attributes", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#SetAttribute
	// create.roblox.com/docs/reference/engine/classes/Instance#GetAttributes
	it("stores supported values, returns them, and removes an attribute set to nil", () => {
		const folder = new Instance("Folder");
		folder.SetAttribute("Speed", 12.5);
		folder.SetAttribute("Label", "fast");
		folder.SetAttribute("Color", new Color3(1, 0, 0));
		setLoose(folder, "Shape", Enum.PartType.Ball);
		expect(folder.GetAttribute("Speed")).toBe(12.5);
		expect(folder.GetAttribute("Shape")).toBe(Enum.PartType.Ball);
		expect(folder.GetAttribute("Color")).toEqual(new Color3(1, 0, 0));
		folder.SetAttribute("Label", undefined);
		expect(folder.GetAttribute("Label")).toBe(undefined);
		const all = folder.GetAttributes();
		expect(all.has("Label")).toBe(false);
		expect(all.get("Speed")).toBe(12.5);
	});

	// create.roblox.com/docs/studio/properties#attributes
	it("rejects names starting with RBX, names with invalid characters, and names over 100 characters", () => {
		const folder = new Instance("Folder");
		expect(() => folder.SetAttribute("RBXSecret", 1)).toThrow("RBX");
		expect(() => folder.SetAttribute("has space", 1)).toThrow();
		expect(() => folder.SetAttribute(string.rep("a", 101), 1)).toThrow();
		expect(() => folder.SetAttribute(string.rep("a", 100), 1)).never.toThrow();
		expect(folder.GetAttribute("RBXSecret")).toBe(undefined);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#SetAttribute
	it("rejects value types attributes cannot hold (tables, Instances, functions)", () => {
		const folder = new Instance("Folder");
		expect(() => setLoose(folder, "Table", {})).toThrow("is not a supported attribute type");
		expect(() => setLoose(folder, "Ref", new Instance("Folder"))).toThrow("is not a supported attribute type");
		expect(() => setLoose(folder, "Fn", () => 1)).toThrow("is not a supported attribute type");
		expect(folder.GetAttributes().size()).toBe(0);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#AttributeChanged
	// create.roblox.com/docs/reference/engine/classes/Instance#GetAttributeChangedSignal
	it("AttributeChanged fires with the name when the value changes, not when it is set to the same value", () => {
		const folder = new Instance("Folder");
		const changed: string[] = [];
		let speedSignals = 0;
		folder.AttributeChanged.Connect((name) => changed.push(name));
		folder.GetAttributeChangedSignal("Speed").Connect(() => speedSignals++);
		folder.SetAttribute("Speed", 1);
		folder.SetAttribute("Speed", 1);
		folder.SetAttribute("Other", true);
		folder.SetAttribute("Speed", undefined);
		task.wait();
		expect(changed).toEqual(["Speed", "Other", "Speed"]);
		expect(speedSignals).toBe(2);
	});
});

// create.roblox.com/docs/reference/engine/classes/CollectionService
describe("tags and CollectionService", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#AddTag
	it("AddTag, HasTag, GetTags and RemoveTag work on any instance, adding a tag twice keeps one", () => {
		const folder = new Instance("Folder");
		folder.AddTag("B");
		folder.AddTag("A");
		folder.AddTag("A");
		expect(folder.HasTag("A")).toBe(true);
		const tags = folder.GetTags();
		expect(tags.size()).toBe(2);
		expect(tags.includes("A") && tags.includes("B")).toBe(true);
		folder.RemoveTag("A");
		expect(folder.HasTag("A")).toBe(false);
		expect(CollectionService.HasTag(folder, "B")).toBe(true);
	});

	// create.roblox.com/docs/reference/engine/classes/CollectionService#GetTagged
	it("GetTagged lists only tagged instances that are in the DataModel", () => {
		const tag = "EngineSpecGetTagged";
		const part = new Instance("Part");
		part.AddTag(tag);
		expect(CollectionService.GetTagged(tag)).toEqual([]);
		part.Parent = Workspace;
		expect(CollectionService.GetTagged(tag)).toEqual([part]);
		part.Parent = undefined;
		expect(CollectionService.GetTagged(tag)).toEqual([]);
		part.Parent = Workspace;
		part.RemoveTag(tag);
		expect(CollectionService.GetTagged(tag)).toEqual([]);
		part.Destroy();
	});

	// create.roblox.com/docs/reference/engine/classes/CollectionService#GetInstanceAddedSignal
	// create.roblox.com/docs/reference/engine/classes/CollectionService#GetInstanceRemovedSignal
	it("the added and removed signals fire when a tagged instance enters or leaves the DataModel", () => {
		const tag = "EngineSpecSignals";
		const log: string[] = [];
		CollectionService.GetInstanceAddedSignal(tag).Connect((instance) => log.push(`added ${instance.Name}`));
		CollectionService.GetInstanceRemovedSignal(tag).Connect((instance) => log.push(`removed ${instance.Name}`));
		const holder = new Instance("Folder");
		const part = new Instance("Part");
		part.Name = "Tagged";
		part.AddTag(tag);
		part.Parent = holder;
		task.wait();
		expect(log).toEqual([]);
		holder.Parent = Workspace;
		task.wait();
		holder.Destroy();
		task.wait();
		expect(log).toEqual(["added Tagged", "removed Tagged"]);
	});
});
