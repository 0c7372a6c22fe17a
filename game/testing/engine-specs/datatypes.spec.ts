// Conformance of Random, Enum/EnumItem identity and typeof for the engine's own objects.
import { describe, expect, it } from "@rbxts/jest-globals";

// create.roblox.com/docs/reference/engine/datatypes/Random
describe("Random", () => {
	// create.roblox.com/docs/reference/engine/datatypes/Random#new
	it("two generators with the same seed produce the same sequence; another seed differs", () => {
		const a = new Random(42);
		const b = new Random(42);
		const c = new Random(43);
		const fromA: number[] = [];
		const fromB: number[] = [];
		const fromC: number[] = [];
		for (let index = 0; index < 10; index++) {
			fromA.push(a.NextNumber());
			fromB.push(b.NextNumber());
			fromC.push(c.NextNumber());
		}
		expect(fromA).toEqual(fromB);
		expect(fromA).never.toEqual(fromC);
	});

	// create.roblox.com/docs/reference/engine/datatypes/Random#NextInteger
	// create.roblox.com/docs/reference/engine/datatypes/Random#NextNumber
	it("NextInteger stays within [min, max] inclusive and reaches both ends; NextNumber stays within [0, 1)", () => {
		const random = new Random(7);
		const seen = new Set<number>();
		for (let index = 0; index < 500; index++) {
			const value = random.NextInteger(1, 4);
			expect(value >= 1 && value <= 4 && value % 1 === 0).toBe(true);
			seen.add(value);
			const fraction = random.NextNumber();
			expect(fraction >= 0 && fraction < 1).toBe(true);
			const ranged = random.NextNumber(-2, 2);
			expect(ranged >= -2 && ranged <= 2).toBe(true);
		}
		expect(seen.size()).toBe(4);
		expect(random.NextInteger(5, 5)).toBe(5);
	});

	// create.roblox.com/docs/reference/engine/datatypes/Random#Clone
	it("Clone continues the same sequence from the same point", () => {
		const random = new Random(99);
		random.NextNumber();
		const copy = random.Clone();
		expect(copy.NextInteger(1, 1000000)).toBe(random.NextInteger(1, 1000000));
		expect(copy.NextNumber()).toBe(random.NextNumber());
	});
});

// create.roblox.com/docs/reference/engine/datatypes/EnumItem
describe("Enum and EnumItem", () => {
	// create.roblox.com/docs/reference/engine/datatypes/EnumItem
	it("an EnumItem is the same value on every access and works as a map key", () => {
		expect(rawequal(Enum.Material.Wood, Enum.Material.Wood)).toBe(true);
		const names = new Map<EnumItem, string>();
		names.set(Enum.Material.Wood, "wood");
		expect(names.get(Enum.Material.Wood)).toBe("wood");
		expect(names.get(Enum.Material.Slate)).toBe(undefined);
	});

	// create.roblox.com/docs/reference/engine/datatypes/EnumItem
	// create.roblox.com/docs/reference/engine/datatypes/Enum
	it("items expose Name, Value and EnumType, and the enum finds them by name and value", () => {
		const item = Enum.KeyCode.Space;
		expect(item.Name).toBe("Space");
		expect(item.Value).toBe(32);
		expect(item.EnumType).toBe(Enum.KeyCode);
		expect(Enum.KeyCode.FromName("Space")).toBe(item);
		expect(Enum.KeyCode.FromValue(32)).toBe(item);
		expect(tostring(item)).toBe("Enum.KeyCode.Space");
		expect(item.IsA("KeyCode")).toBe(true);
		expect(item.IsA("Material")).toBe(false);
		expect(Enum.SortOrder.GetEnumItems().size()).toBe(3);
	});

	// create.roblox.com/docs/reference/engine/datatypes/Enum
	it("reading an item an enum does not have raises an error", () => {
		const read = () => (Enum.KeyCode as unknown as { [key: string]: unknown }).NotAKey;
		expect(read).toThrow("is not a valid member");
	});
});

// create.roblox.com/docs/reference/engine/globals/RobloxGlobals#typeof
describe("typeof", () => {
	// create.roblox.com/docs/reference/engine/globals/RobloxGlobals#typeof
	it("names the engine's objects with their Roblox type", () => {
		const folder = new Instance("Folder");
		const connection = folder.ChildAdded.Connect(() => {});
		expect(typeOf(folder)).toBe("Instance");
		expect(typeOf(Enum.Material.Wood)).toBe("EnumItem");
		expect(typeOf(Enum.Material)).toBe("Enum");
		expect(typeOf(Enum)).toBe("Enums");
		expect(typeOf(folder.ChildAdded)).toBe("RBXScriptSignal");
		expect(typeOf(connection)).toBe("RBXScriptConnection");
		expect(typeOf(DateTime.now())).toBe("DateTime");
		expect(typeOf(new Random())).toBe("Random");
		expect(typeOf(new Vector3())).toBe("Vector3");
		connection.Disconnect();
	});
});
