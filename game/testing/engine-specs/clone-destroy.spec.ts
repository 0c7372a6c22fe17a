// Conformance of Instance:Clone and Instance:Destroy.
import { describe, expect, it } from "@rbxts/jest-globals";
import { Workspace } from "@rbxts/services";

// create.roblox.com/docs/reference/engine/classes/Instance#Clone
describe("Instance:Clone", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#Clone
	it("copies properties, attributes, tags and descendants, with no parent", () => {
		const parent = new Instance("Folder");
		const part = new Instance("Part");
		part.Name = "Original";
		part.Transparency = 0.25;
		part.SetAttribute("Speed", 10);
		part.AddTag("Tagged");
		const child = new Instance("StringValue");
		child.Name = "Label";
		child.Value = "text";
		child.Parent = part;
		part.Parent = parent;

		const copy = part.Clone();
		expect(copy).never.toBe(part);
		expect(copy.Parent).toBe(undefined);
		expect(copy.Name).toBe("Original");
		expect(copy.Transparency).toBe(0.25);
		expect(copy.GetAttribute("Speed")).toBe(10);
		expect(copy.HasTag("Tagged")).toBe(true);
		const copiedChild = copy.FindFirstChild("Label") as StringValue;
		expect(copiedChild).never.toBe(child);
		expect(copiedChild.Value).toBe("text");
		expect(copiedChild.Parent).toBe(copy);
		// The copy is independent of the original.
		copy.Transparency = 1;
		expect(part.Transparency).toBe(0.25);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#Clone
	it("remaps references inside the cloned tree to the clones and keeps references outside it", () => {
		const outside = new Instance("Folder");
		const model = new Instance("Model");
		const inner = new Instance("Part");
		inner.Parent = model;
		const toInner = new Instance("ObjectValue");
		toInner.Name = "ToInner";
		toInner.Value = inner;
		toInner.Parent = model;
		const toOutside = new Instance("ObjectValue");
		toOutside.Name = "ToOutside";
		toOutside.Value = outside;
		toOutside.Parent = model;

		const copy = model.Clone();
		const copiedInner = copy.FindFirstChildOfClass("Part");
		expect(copiedInner).never.toBe(undefined);
		expect((copy.FindFirstChild("ToInner") as ObjectValue).Value).toBe(copiedInner);
		expect((copy.FindFirstChild("ToOutside") as ObjectValue).Value).toBe(outside);
		expect(toInner.Value).toBe(inner);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#Archivable
	it("returns nil for a non-Archivable instance and skips non-Archivable descendants", () => {
		const lone = new Instance("Folder");
		lone.Archivable = false;
		expect(lone.Clone()).toBe(undefined);

		const parent = new Instance("Folder");
		const kept = new Instance("Folder");
		kept.Name = "Kept";
		kept.Parent = parent;
		const skipped = new Instance("Folder");
		skipped.Name = "Skipped";
		skipped.Archivable = false;
		skipped.Parent = parent;
		const copy = parent.Clone();
		expect(copy.FindFirstChild("Kept")).never.toBe(undefined);
		expect(copy.FindFirstChild("Skipped")).toBe(undefined);
	});
});

// create.roblox.com/docs/reference/engine/classes/Instance#Destroy
describe("Instance:Destroy", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#Destroy
	it("sets Parent to nil on the instance and its descendants and locks Parent", () => {
		const holder = new Instance("Folder");
		const target = new Instance("Folder");
		target.Name = "Target";
		target.Parent = holder;
		const child = new Instance("Folder");
		child.Parent = target;
		target.Destroy();
		expect(target.Parent).toBe(undefined);
		expect(child.Parent).toBe(undefined);
		expect(holder.GetChildren().size()).toBe(0);
		expect(() => (target.Parent = holder)).toThrow("locked");
		expect(() => (child.Parent = holder)).toThrow("locked");
		// Destroying twice is allowed.
		target.Destroy();
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#Destroying
	it("fires Destroying once, then disconnects every connection of the instance, property and attribute signals included", () => {
		const holder = new Instance("Folder");
		const target = new Instance("Folder");
		target.Parent = holder;
		let parentWhenDestroying: Instance | undefined;
		let destroyingCalls = 0;
		const destroying = target.Destroying.Connect(() => {
			destroyingCalls++;
			parentWhenDestroying = target.Parent;
		});
		const changed = (target as unknown as { Changed: RBXScriptSignal }).Changed.Connect(() => {});
		const nameChanged = target.GetPropertyChangedSignal("Name").Connect(() => {});
		const attributeChanged = target.GetAttributeChangedSignal("Speed").Connect(() => {});
		target.Destroy();
		task.wait();
		expect(destroyingCalls).toBe(1);
		// An Immediate handler runs before the instance leaves its parent; a Deferred one after Destroy has returned.
		const behavior = (Workspace as unknown as { SignalBehavior: Enum.SignalBehavior }).SignalBehavior;
		const deferred = behavior === Enum.SignalBehavior.Deferred;
		expect(parentWhenDestroying).toBe(deferred ? undefined : holder);
		expect(destroying.Connected).toBe(false);
		expect(changed.Connected).toBe(false);
		expect(nameChanged.Connected).toBe(false);
		expect(attributeChanged.Connected).toBe(false);
	});
});
