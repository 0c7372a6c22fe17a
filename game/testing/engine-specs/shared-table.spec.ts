// SharedTable as its reference page describes it, checked in an isolated peer.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

function run(source: string): unknown {
	return getEngine().createPeer().run(source);
}

// create.roblox.com/docs/reference/engine/datatypes/SharedTable
describe("SharedTable", () => {
	// create.roblox.com/docs/reference/engine/datatypes/SharedTable (Element Access)
	it("reads and writes elements by string and integer keys, and refuses other keys and function values", () => {
		const result = run(`
			local st = SharedTable.new()
			st[1] = "a"
			st["x"] = true
			st.y = 5
			return {
				kind = typeof(st),
				one = st[1], x = st.x, y = st["y"],
				boolKey = (pcall(function() st[true] = 100 end)),
				negativeKey = (pcall(function() st[-1] = 100 end)),
				fractionKey = (pcall(function() st[1.5] = 100 end)),
				functionValue = (pcall(function() st.f = function() end end)),
				untouched = st.f == nil and SharedTable.size(st) == 3,
			}
		`);
		expect(result).toEqual({
			kind: "SharedTable",
			one: "a",
			x: true,
			y: 5,
			boolKey: false,
			negativeKey: false,
			fractionKey: false,
			functionValue: false,
			untouched: true,
		});
	});

	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#new
	// create.roblox.com/docs/reference/engine/datatypes/SharedTable (Element Iteration)
	it("new(t) copies t, nested tables becoming SharedTables, and iterates every element once", () => {
		const result = run(`
			local source = { "a", "b", nested = { deep = 1 } }
			local st = SharedTable.new(source)
			source[1] = "changed"
			local seen = {}
			for key, value in st do
				seen[tostring(key)] = if typeof(value) == "SharedTable" then "SharedTable" else value
			end
			return { seen = seen, deep = st.nested.deep, size = SharedTable.size(st) }
		`);
		expect(result).toEqual({ seen: { "1": "a", "2": "b", nested: "SharedTable" }, deep: 1, size: 3 });
	});

	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#clone
	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#cloneAndFreeze
	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#isFrozen
	it("clone shares nested SharedTables unless deep; cloneAndFreeze gives a table that refuses writes", () => {
		const result = run(`
			local st = SharedTable.new({ inner = { n = 1 } })
			local shallow = SharedTable.clone(st)
			local deep = SharedTable.clone(st, true)
			st.inner.n = 2
			local frozen = SharedTable.cloneAndFreeze(st, true)
			return {
				shallow = shallow.inner.n, deep = deep.inner.n,
				frozen = SharedTable.isFrozen(frozen), original = SharedTable.isFrozen(st),
				innerFrozen = SharedTable.isFrozen(frozen.inner),
				write = (pcall(function() frozen.x = 1 end)),
				clear = (pcall(SharedTable.clear, frozen)),
				kept = frozen.inner.n,
			}
		`);
		expect(result).toEqual({
			shallow: 2,
			deep: 1,
			frozen: true,
			original: false,
			innerFrozen: true,
			write: false,
			clear: false,
			kept: 2,
		});
	});

	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#increment
	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#update
	// create.roblox.com/docs/reference/engine/datatypes/SharedTable#clear
	it("increment returns the old value, update replaces through a function, clear empties", () => {
		const result = run(`
			local st = SharedTable.new({ count = 10, name = "a" })
			local old = SharedTable.increment(st, "count", 5)
			SharedTable.update(st, "name", function(value) return value .. "b" end)
			local notNumber = (pcall(SharedTable.increment, st, "name", 1))
			local after = { old = old, count = st.count, name = st.name, notNumber = notNumber }
			SharedTable.clear(st)
			after.size = SharedTable.size(st)
			return after
		`);
		expect(result).toEqual({ old: 10, count: 15, name: "ab", notNumber: false, size: 0 });
	});

	// create.roblox.com/docs/reference/engine/datatypes/SharedTable
	it("the library functions refuse a value that is not a SharedTable", () => {
		const result = run(`
			local ok, message = pcall(SharedTable.size, {})
			return { ok = ok, message = message }
		`) as { ok: boolean; message: string };
		expect(result.ok).toBe(false);
		expect(result.message).toMatch("SharedTable expected, got table");
	});
});
