// Conformance of the Instance tree: parenting, lookups, names and tree events, checked in the spec's own DataModel.
import { describe, expect, it } from "@rbxts/jest-globals";
import { ReplicatedStorage, Workspace } from "@rbxts/services";

function folder(name: string, parent?: Instance): Folder {
	const instance = new Instance("Folder");
	instance.Name = name;
	instance.Parent = parent;
	return instance;
}

// create.roblox.com/docs/reference/engine/classes/Instance#Parent
describe("Instance.Parent", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#Parent
	it("moves the instance between parents' children lists", () => {
		const a = folder("A");
		const b = folder("B");
		const child = folder("Child", a);
		expect(a.GetChildren()).toEqual([child]);
		child.Parent = b;
		expect(a.GetChildren().size()).toBe(0);
		expect(b.GetChildren()).toEqual([child]);
		expect(child.Parent).toBe(b);
		child.Parent = undefined;
		expect(b.GetChildren().size()).toBe(0);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#Parent
	it("rejects a parent that would make a cycle, leaving the tree unchanged", () => {
		const root = folder("Root");
		const middle = folder("Middle", root);
		const leaf = folder("Leaf", middle);
		expect(() => (root.Parent = leaf)).toThrow("circular reference");
		expect(() => (root.Parent = root)).toThrow();
		expect(root.Parent).toBe(undefined);
		expect(leaf.GetChildren().size()).toBe(0);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#GetChildren
	it("GetChildren returns a copy that does not change with the tree", () => {
		const parent = folder("Parent");
		folder("One", parent);
		const snapshot = parent.GetChildren();
		folder("Two", parent);
		expect(snapshot.size()).toBe(1);
		expect(parent.GetChildren().size()).toBe(2);
	});
});

// create.roblox.com/docs/reference/engine/classes/Instance#FindFirstChild
describe("lookups", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#FindFirstChild
	it("FindFirstChild searches children only, unless recursive is true", () => {
		const root = folder("Root");
		const middle = folder("Middle", root);
		const deep = folder("Deep", middle);
		expect(root.FindFirstChild("Deep")).toBe(undefined);
		expect(root.FindFirstChild("Deep", true)).toBe(deep);
		expect(root.FindFirstChild("Middle")).toBe(middle);
		expect(root.FindFirstChild("Missing", true)).toBe(undefined);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#FindFirstChildWhichIsA
	// create.roblox.com/docs/reference/engine/classes/Instance#FindFirstAncestorOfClass
	it("class lookups follow the class hierarchy (IsA) or the exact class", () => {
		const model = new Instance("Model");
		const part = new Instance("Part");
		part.Parent = model;
		const value = new Instance("IntValue");
		value.Parent = part;
		expect(model.FindFirstChildWhichIsA("BasePart")).toBe(part);
		expect(model.FindFirstChildOfClass("BasePart" as keyof Instances)).toBe(undefined);
		expect(model.FindFirstChildOfClass("Part")).toBe(part);
		expect(value.FindFirstAncestorOfClass("Model")).toBe(model);
		expect(value.FindFirstAncestorWhichIsA("PVInstance")).toBe(part);
		expect(part.IsA("BasePart")).toBe(true);
		expect(part.IsA("Instance")).toBe(true);
		expect(part.IsA("Model")).toBe(false);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#IsDescendantOf
	it("IsDescendantOf and IsAncestorOf are strict (an instance is not its own descendant)", () => {
		const root = folder("Root");
		const leaf = folder("Leaf", folder("Middle", root));
		expect(leaf.IsDescendantOf(root)).toBe(true);
		expect(root.IsAncestorOf(leaf)).toBe(true);
		expect(root.IsDescendantOf(leaf)).toBe(false);
		expect(root.IsDescendantOf(root)).toBe(false);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#GetFullName
	it("GetFullName joins names from the top ancestor, leaving out the DataModel", () => {
		const top = folder("Top");
		const leaf = folder("Leaf", folder("Middle", top));
		expect(leaf.GetFullName()).toBe("Top.Middle.Leaf");
		top.Parent = ReplicatedStorage;
		expect(leaf.GetFullName()).toBe("ReplicatedStorage.Top.Middle.Leaf");
		top.Destroy();
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#Name
	it("a child is reachable by name with the dot operator, but properties win over children", () => {
		const parent = new Instance("Folder");
		const child = folder("Name", parent);
		const other = folder("Other", parent);
		expect((parent as unknown as { Other: Instance }).Other).toBe(other);
		expect(parent.Name).toBe("Folder");
		expect(child.Parent).toBe(parent);
	});

	// create.roblox.com/docs/reference/engine/globals/RobloxGlobals#workspace
	it("the workspace global and game.Workspace are the Workspace service", () => {
		expect(game.Workspace).toBe(Workspace);
		expect(game.GetService("Workspace")).toBe(Workspace);
		expect(Workspace.ClassName).toBe("Workspace");
	});
});

// create.roblox.com/docs/reference/engine/classes/Instance#ChildAdded
describe("tree events", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#ChildAdded
	// create.roblox.com/docs/reference/engine/classes/Instance#DescendantAdded
	// create.roblox.com/docs/reference/engine/classes/Instance#ChildRemoved
	it("ChildAdded, DescendantAdded and ChildRemoved fire with the instance that moved", () => {
		const root = folder("Root");
		const middle = folder("Middle", root);
		const log: string[] = [];
		root.ChildAdded.Connect((child) => log.push(`child added ${child.Name}`));
		root.DescendantAdded.Connect((descendant) => log.push(`descendant added ${descendant.Name}`));
		middle.ChildRemoved.Connect((child) => log.push(`child removed ${child.Name}`));
		const leaf = folder("Leaf", middle);
		leaf.Parent = undefined;
		task.wait();
		expect(log).toEqual(["descendant added Leaf", "child removed Leaf"]);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#AncestryChanged
	it("AncestryChanged fires on the moved instance and its descendants with (child, parent)", () => {
		const target = folder("Target");
		const moved = folder("Moved");
		const inner = folder("Inner", moved);
		const seen: [string, Instance, Instance | undefined][] = [];
		moved.AncestryChanged.Connect((child, parent) => seen.push(["moved", child, parent]));
		inner.AncestryChanged.Connect((child, parent) => seen.push(["inner", child, parent]));
		moved.Parent = target;
		task.wait();
		expect(seen).toEqual([
			["moved", moved, target],
			["inner", moved, target],
		]);
	});
});
