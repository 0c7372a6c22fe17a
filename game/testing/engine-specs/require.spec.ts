// Conformance of require for ModuleScripts, checked in isolated peers.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

// A module under ServerStorage with the given source, made inside a peer's run() snippet.
const MAKE_MODULE = `
	local function module(name, source)
		local m = Instance.new("ModuleScript")
		m.Name = name
		m.Source = source
		m.Parent = game:GetService("ServerStorage")
		return m
	end
`;

// create.roblox.com/docs/reference/engine/globals/LuaGlobals#require
describe("require", () => {
	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#require
	it("runs a module once and returns the same value to every caller", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`${MAKE_MODULE}
			_G.loads = 0
			local m = module("Counter", "_G.loads += 1 return { id = _G.loads }")
			local a = require(m)
			local b = require(m)
			return { same = rawequal(a, b), loads = _G.loads }
		`) as { same: boolean; loads: number };
		expect(result).toEqual({ same: true, loads: 1 });
	});

	// create.roblox.com/docs/reference/engine/classes/ModuleScript
	it("each DataModel (peer) runs its own copy of a module", () => {
		const engine = getEngine();
		const source = `${MAKE_MODULE}
			local m = module("Shared", "return { token = {} }")
			return require(m)
		`;
		const first = engine.createPeer().run(source);
		const second = engine.createPeer().run(source);
		expect(first).never.toBe(second);
	});

	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#require
	it("a second require while the module is still loading waits for the same result", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`${MAKE_MODULE}
			_G.loads = 0
			local m = module("Slow", "_G.loads += 1 task.wait(1) return { loaded = true }")
			local other
			task.spawn(function() other = require(m) end)
			local mine = require(m)
			task.wait()
			return { same = rawequal(mine, other), loads = _G.loads }
		`) as { same: boolean; loads: number };
		expect(result).toEqual({ same: true, loads: 1 });
	});

	// create.roblox.com/docs/reference/engine/classes/ModuleScript
	it("a cyclic require fails with an error saying the module was required recursively", () => {
		const peer = getEngine().createPeer();
		const message = peer.run(`${MAKE_MODULE}
			local a = module("A", "")
			local b = module("B", "return require(script.Parent.A)")
			a.Source = "return require(script.Parent.B)"
			local ok, err = pcall(require, a)
			return if ok then "no error" else tostring(err)
		`) as string;
		expect(message).toContain("Requested module experienced an error while loading");
		expect(peer.errors().join("\n")).toContain("required recursively");
	});

	// create.roblox.com/docs/reference/engine/classes/ModuleScript
	it("a module that errors reports its error with script name and line, and every later require fails", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`${MAKE_MODULE}
			local m = module("Broken", "local x = 1\\nerror('boom')")
			local first = select(2, pcall(require, m))
			local second = select(2, pcall(require, m))
			return { first = tostring(first), second = tostring(second) }
		`) as { first: string; second: string };
		expect(result.first).toContain("Requested module experienced an error while loading");
		expect(result.second).toContain("Requested module experienced an error while loading");
		expect(peer.errors()).toEqual(["ServerStorage.Broken:2: boom"]);
	});

	// create.roblox.com/docs/reference/engine/classes/ModuleScript
	it("a module must return exactly one value", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`${MAKE_MODULE}
			local none = module("None", "local x = 1")
			local two = module("Two", "return 1, 2")
			local noneOk = pcall(require, none)
			local twoOk = pcall(require, two)
			return { noneOk, twoOk }
		`) as boolean[];
		expect(result).toEqual([false, false]);
		const errors = peer.errors();
		expect(errors.size()).toBe(2);
		expect(errors[0]).toContain("did not return exactly one value");
		expect(errors[0]).toContain("ServerStorage.None");
		expect(errors[1]).toContain("did not return exactly one value");
	});

	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#require
	it("an error raised by a snippet names the script and line", () => {
		const peer = getEngine().createPeer();
		expect(() => peer.run("error('boom')")).toThrow("ServerStorage.Snippet1:1: boom");
	});

	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#require
	it("require rejects a value that is not a ModuleScript", () => {
		const peer = getEngine().createPeer();
		const message = peer.run(`
			local ok, err = pcall(require, Instance.new("Folder"))
			return tostring(err)
		`) as string;
		expect(message).toContain("Attempted to call require with invalid argument(s).");
	});
});
