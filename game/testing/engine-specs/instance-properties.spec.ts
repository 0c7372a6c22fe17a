// Conformance of Instance property access: type checks on writes, read-only and unknown members, Changed signals.
import { describe, expect, it } from "@rbxts/jest-globals";

type Loose = { [key: string]: unknown };

// create.roblox.com/docs/reference/engine/classes/Instance
describe("property writes", () => {
	// create.roblox.com/docs/reference/engine/classes/BasePart#Anchored
	it("a value of the wrong type is rejected with Roblox's message and leaves the property unchanged", () => {
		const part = new Instance("Part");
		const loose = part as unknown as Loose;
		expect(() => (loose.Anchored = "x")).toThrow("Unable to assign property Anchored. bool expected, got string");
		expect(() => (loose.Position = 5)).toThrow("Unable to assign property Position. Vector3 expected, got number");
		expect(part.Anchored).toBe(false);
		expect(part.Position).toEqual(new Vector3(0, 0, 0));
	});

	// create.roblox.com/docs/reference/engine/classes/BasePart#Material
	it("an enum property accepts its EnumItem or the item's name, and rejects an item of another enum", () => {
		const part = new Instance("Part");
		part.Material = Enum.Material.Wood;
		expect(part.Material).toBe(Enum.Material.Wood);
		(part as unknown as Loose).Material = "Slate";
		expect(part.Material).toBe(Enum.Material.Slate);
		expect(() => ((part as unknown as Loose).Material = Enum.PartType.Ball)).toThrow(
			"Unable to assign property Material",
		);
		expect(part.Material).toBe(Enum.Material.Slate);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#ClassName
	it("ClassName is read-only", () => {
		const part = new Instance("Part");
		expect(() => ((part as unknown as Loose).ClassName = "Model")).toThrow(
			"Unable to assign property ClassName. Property is read only",
		);
		expect(part.ClassName).toBe("Part");
	});

	// create.roblox.com/docs/reference/engine/classes/Instance
	it('reading or writing an unknown member raises `X is not a valid member of Class "Full.Name"`', () => {
		const model = new Instance("Model");
		model.Name = "Holder";
		const part = new Instance("Part");
		part.Name = "Brick";
		part.Parent = model;
		const read = () => (part as unknown as Loose).Wheels;
		expect(read).toThrow('Wheels is not a valid member of Part "Holder.Brick"');
		expect(() => ((part as unknown as Loose).Wheels = 4)).toThrow(
			'Wheels is not a valid member of Part "Holder.Brick"',
		);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#new
	it("Instance.new refuses services and unknown classes", () => {
		expect(() => new Instance("Workspace" as keyof CreatableInstances)).toThrow(
			'Unable to create an Instance of type "Workspace"',
		);
		expect(() => new Instance("NoSuchClass" as keyof CreatableInstances)).toThrow(
			'Unable to create an Instance of type "NoSuchClass"',
		);
	});

	// create.roblox.com/docs/reference/engine/classes/BasePart#Position
	it("Position is derived from CFrame: writing it moves the CFrame and keeps the rotation", () => {
		const part = new Instance("Part");
		part.CFrame = new CFrame(1, 2, 3).mul(CFrame.Angles(0, math.rad(90), 0));
		expect(part.Position).toEqual(new Vector3(1, 2, 3));
		part.Position = new Vector3(10, 0, 0);
		expect(part.CFrame.Position).toEqual(new Vector3(10, 0, 0));
		expect(part.CFrame.LookVector.FuzzyEq(new Vector3(-1, 0, 0), 1e-5)).toBe(true);
	});

	// create.roblox.com/docs/reference/engine/classes/IntValue#Value
	it("an integer property truncates a fractional number", () => {
		const value = new Instance("IntValue");
		value.Value = 3.9;
		expect(value.Value).toBe(3);
		value.Value = -3.9;
		expect(value.Value).toBe(-3);
	});
});

// create.roblox.com/docs/reference/engine/classes/Instance#Changed
describe("change signals", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#GetPropertyChangedSignal
	it("GetPropertyChangedSignal fires only for its property, and only when the value changes", () => {
		const part = new Instance("Part");
		let transparencyChanges = 0;
		part.GetPropertyChangedSignal("Transparency").Connect(() => transparencyChanges++);
		part.Transparency = 0.5;
		part.Anchored = true;
		task.wait();
		part.Transparency = 0.5;
		task.wait();
		expect(transparencyChanges).toBe(1);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#Changed
	// create.roblox.com/docs/reference/engine/classes/ValueBase
	it("Changed passes the property name, but a ValueBase's Changed passes the new value", () => {
		const part = new Instance("Part");
		const names: string[] = [];
		(part as unknown as { Changed: RBXScriptSignal<(name: string) => void> }).Changed.Connect((name) =>
			names.push(name),
		);
		part.Name = "Renamed";
		const value = new Instance("StringValue");
		const values: string[] = [];
		value.Changed.Connect((newValue) => values.push(newValue));
		value.Value = "hello";
		value.Name = "Ignored";
		task.wait();
		expect(names).toEqual(["Name"]);
		expect(values).toEqual(["hello"]);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#GetPropertyChangedSignal
	it("GetPropertyChangedSignal rejects a name that is not a property", () => {
		const part = new Instance("Part");
		expect(() => part.GetPropertyChangedSignal("Wheels" as InstancePropertyNames<Part>)).toThrow(
			"Wheels is not a valid property name.",
		);
	});
});
