// Tracebacks and debug.info as Studio gives them: every Luau function named, only the game's frames, and Luau's own
// rules for error values and levels through pcall and xpcall.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

/**
 * Runs `lines` as the Script ServerScriptService.Probe (with `modules` as ModuleScripts under it) in a started peer,
 * and returns what the script put in `_G.result`. Line N of the array is line N of the script.
 */
function runScript(lines: string[], modules: Record<string, string[]> = {}): unknown {
	const peer = getEngine().createPeer();
	peer.start();
	let moduleSetup = "";
	for (const [name, source] of pairs(modules)) {
		moduleSetup += `
			local module = Instance.new("ModuleScript")
			module.Name = "${name}"
			module.Source = [==[${source.join("\n")}]==]
			module.Parent = probe`;
	}
	return peer.run(`
		local probe = Instance.new("Script")
		probe.Name = "Probe"
		probe.Source = [==[${lines.join("\n")}]==]
		${moduleSetup}
		probe.Parent = game:GetService("ServerScriptService")
		task.wait(0.1)
		return _G.result
	`);
}

// create.roblox.com/docs/reference/engine/libraries/debug#traceback
describe("debug.traceback", () => {
	// create.roblox.com/docs/reference/engine/libraries/debug#traceback
	it("names small local functions and ends with the script's own main chunk", () => {
		const result = runScript([
			"local function inner()",
			'	return debug.traceback("trace")',
			"end",
			"local function outer()",
			"	local trace = inner()",
			"	return trace",
			"end",
			"_G.result = outer()",
		]);
		expect(result).toBe(
			[
				"trace",
				"ServerScriptService.Probe:2 function inner",
				"ServerScriptService.Probe:5 function outer",
				"ServerScriptService.Probe:8",
				"",
			].join("\n"),
		);
	});

	// create.roblox.com/docs/reference/engine/libraries/debug#traceback
	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#require
	it("shows a required module's frames, then the requiring script's, with nothing of the engine between", () => {
		const result = runScript(["local value = require(script.Helper)", "_G.result = value"], {
			Helper: ["local function named()", "	return debug.traceback()", "end", "return named()"],
		});
		expect(result).toBe(
			[
				"ServerScriptService.Probe.Helper:2 function named",
				"ServerScriptService.Probe.Helper:4",
				"ServerScriptService.Probe:1",
				"",
			].join("\n"),
		);
	});

	// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Connect
	it("in an event handler, ends with the handler's own frame", () => {
		const result = runScript([
			'local event = Instance.new("BindableEvent")',
			"event.Event:Connect(function()",
			"	_G.result = debug.traceback()",
			"end)",
			"event:Fire()",
		]);
		expect(result).toBe("ServerScriptService.Probe:3\n");
	});

	// create.roblox.com/docs/reference/engine/libraries/debug#traceback
	it("of another thread lists that thread's frames, from the level given", () => {
		const result = runScript([
			"local function parked()",
			"	coroutine.yield()",
			"end",
			"local thread = coroutine.create(function() parked() end)",
			"coroutine.resume(thread)",
			'_G.result = { debug.traceback(thread), debug.traceback(thread, "note", 1) }',
		]) as string[];
		expect(result).toEqual([
			"ServerScriptService.Probe:2 function parked\nServerScriptService.Probe:4\n",
			"note\nServerScriptService.Probe:2 function parked\nServerScriptService.Probe:4\n",
		]);
	});
});

// create.roblox.com/docs/reference/engine/libraries/debug#info
describe("debug.info", () => {
	// create.roblox.com/docs/reference/engine/libraries/debug#info
	it('gives source, line, name, arity and function for "slnaf", also for a small local function', () => {
		const result = runScript([
			"local function named(first, second)",
			'	return table.pack(debug.info(1, "slnaf"))',
			"end",
			"local info = named(1, 2)",
			"_G.result = { info[1], info[2], info[3], info[4], info[5], info[6] == named, info.n }",
		]);
		expect(result).toEqual(["ServerScriptService.Probe", 2, "named", 2, false, true, 6]);
	});

	// create.roblox.com/docs/reference/engine/libraries/debug#info
	it("reads a function value's own source, first line and name", () => {
		const result = runScript([
			"local function helper(...)",
			"	return ...",
			"end",
			'_G.result = { debug.info(helper, "sln") }',
			'table.insert(_G.result, (select(2, debug.info(helper, "a"))))',
		]);
		expect(result).toEqual(["ServerScriptService.Probe", 1, "helper", true]);
	});
});

// create.roblox.com/docs/reference/engine/globals/LuaGlobals#error
// create.roblox.com/docs/reference/engine/globals/LuaGlobals#pcall
describe("error through pcall", () => {
	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#error
	it("prefixes a string with the position of the level asked for, and none at level 0", () => {
		const result = runScript([
			"local function thrower(level)",
			'	error("failed", level)',
			"end",
			"local function caller(level)",
			"	thrower(level)",
			"end",
			"_G.result = {",
			"	select(2, pcall(caller, 1)),",
			"	select(2, pcall(caller, 2)),",
			"	select(2, pcall(caller, 0)),",
			"}",
		]);
		expect(result).toEqual([
			"ServerScriptService.Probe:2: failed",
			"ServerScriptService.Probe:5: failed",
			"failed",
		]);
	});

	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#error
	it("passes a table through as the same value, nil as nil, and a number as a string with its position", () => {
		const result = runScript([
			"local payload = { code = 7 }",
			"local _, caught = pcall(error, payload)",
			"local _, none = pcall(function() error(nil) end)",
			"local _, number = pcall(function() error(42) end)",
			"_G.result = { same = rawequal(caught, payload), none = none == nil, number = number, kind = type(number) }",
		]);
		expect(result).toEqual({ same: true, none: true, number: "ServerScriptService.Probe:4: 42", kind: "string" });
	});
});

// create.roblox.com/docs/reference/engine/globals/LuaGlobals#xpcall
describe("xpcall", () => {
	// create.roblox.com/docs/reference/engine/globals/LuaGlobals#xpcall
	it("runs the handler where the error was raised, so its traceback shows the failing frames", () => {
		const result = runScript([
			"local function fails()",
			'	error("boom")',
			"end",
			"local ok, handled = xpcall(function()",
			"	fails()",
			"end, function(message)",
			'	return message .. "\\n" .. debug.traceback()',
			"end)",
			"_G.result = { ok, handled }",
		]);
		expect(result).toEqual([
			false,
			[
				"ServerScriptService.Probe:2: boom",
				"ServerScriptService.Probe:7",
				"ServerScriptService.Probe:2 function fails",
				"ServerScriptService.Probe:5",
				"ServerScriptService.Probe:4",
				"",
			].join("\n"),
		]);
	});
});
