// Enum, Enum types and EnumItems, checked in an isolated peer.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

function run(source: string): unknown {
	return getEngine().createPeer().run(source);
}

// create.roblox.com/docs/reference/engine/datatypes/EnumItem
// create.roblox.com/docs/reference/engine/datatypes/Enum
describe("Enum items", () => {
	// create.roblox.com/docs/reference/engine/datatypes/EnumItem
	it("are the same value on every access, with Name, Value, EnumType, IsA, typeof and tostring", () => {
		const result = run(`
			local item = Enum.KeyCode.E
			local keys = { [item] = "found" }
			return {
				same = rawequal(item, Enum.KeyCode.E),
				key = keys[Enum.KeyCode.E],
				name = item.Name, value = item.Value,
				enumType = item.EnumType == Enum.KeyCode,
				isA = item:IsA("KeyCode"), isNotA = item:IsA("UserInputType"),
				kinds = { typeof(item), typeof(Enum.KeyCode), typeof(Enum) },
				text = tostring(item),
			}
		`);
		expect(result).toEqual({
			same: true,
			key: "found",
			name: "E",
			value: 101,
			enumType: true,
			isA: true,
			isNotA: false,
			kinds: ["EnumItem", "Enum", "Enums"],
			text: "Enum.KeyCode.E",
		});
	});

	// create.roblox.com/docs/reference/engine/datatypes/Enum#GetEnumItems
	// create.roblox.com/docs/reference/engine/datatypes/Enum#FromName
	// create.roblox.com/docs/reference/engine/datatypes/Enum#FromValue
	it("an Enum type lists its items by value and finds them by name and value, nil for unknown ones", () => {
		const result = run(`
			local names = {}
			for _, item in Enum.SignalBehavior:GetEnumItems() do table.insert(names, item.Name) end
			return {
				names = names,
				byName = Enum.SignalBehavior:FromName("Deferred") == Enum.SignalBehavior.Deferred,
				byValue = Enum.SignalBehavior:FromValue(1) == Enum.SignalBehavior.Immediate,
				unknown = Enum.SignalBehavior:FromName("Sometimes") == nil and Enum.SignalBehavior:FromValue(99) == nil,
				missing = (pcall(function() return Enum.SignalBehavior.Sometimes end)),
			}
		`);
		expect(result).toEqual({
			names: ["Default", "Immediate", "Deferred", "AncestryDeferred"],
			byName: true,
			byValue: true,
			unknown: true,
			missing: false,
		});
	});

	// create.roblox.com/docs/reference/engine/enums/DataStoreRequestType
	it("DataStoreRequestType has the legacy and the modern values Roblox documents", () => {
		const items = run(`
			local items = {}
			for _, item in Enum.DataStoreRequestType:GetEnumItems() do table.insert(items, item.Name .. "=" .. item.Value) end
			return items
		`);
		expect(items).toEqual([
			"GetAsync=0",
			"SetIncrementAsync=1",
			"UpdateAsync=2",
			"GetSortedAsync=3",
			"SetIncrementSortedAsync=4",
			"OnUpdate=5",
			"ListAsync=6",
			"GetVersionAsync=7",
			"RemoveVersionAsync=8",
			"StandardRead=9",
			"StandardWrite=10",
			"StandardList=11",
			"StandardRemove=12",
			"OrderedRead=13",
			"OrderedWrite=14",
			"OrderedList=15",
			"OrderedRemove=16",
		]);
	});
});
