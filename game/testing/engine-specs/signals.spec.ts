// Conformance of RBXScriptSignal and RBXScriptConnection in both Workspace.SignalBehavior modes.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine, EnginePeer } from "../engine";

function peerWith(behavior: "Deferred" | "Immediate"): EnginePeer {
	const peer = getEngine().createPeer();
	peer.run(`workspace.SignalBehavior = Enum.SignalBehavior.${behavior} return true`);
	return peer;
}

// create.roblox.com/docs/reference/engine/enums/SignalBehavior
describe("SignalBehavior decides when handlers run", () => {
	// create.roblox.com/docs/reference/engine/enums/SignalBehavior
	it("Immediate runs the handler before Fire returns", () => {
		const log = peerWith("Immediate").run(`
			local log = {}
			local event = Instance.new("BindableEvent")
			event.Event:Connect(function(value) table.insert(log, "handler " .. value) end)
			event:Fire("a")
			table.insert(log, "after fire")
			return log
		`) as string[];
		expect(log).toEqual(["handler a", "after fire"]);
	});

	// create.roblox.com/docs/reference/engine/enums/SignalBehavior
	// create.roblox.com/docs/scripting/events/deferred
	it("Deferred runs the handler at the next resumption point, in the order the events fired", () => {
		const log = peerWith("Deferred").run(`
			local log = {}
			local event = Instance.new("BindableEvent")
			event.Event:Connect(function(value) table.insert(log, "handler " .. value) end)
			event:Fire("a")
			event:Fire("b")
			table.insert(log, "after fire")
			task.wait()
			return log
		`) as string[];
		expect(log).toEqual(["after fire", "handler a", "handler b"]);
	});

	// create.roblox.com/docs/reference/engine/enums/SignalBehavior
	// create.roblox.com/docs/scripting/events/deferred
	it("a new DataModel has Default, which Roblox documents as Immediate today: the handler runs inside Fire", () => {
		const result = getEngine().createPeer().run(`
			local log = {}
			local event = Instance.new("BindableEvent")
			event.Event:Connect(function() table.insert(log, "handler") end)
			event:Fire()
			table.insert(log, "after fire")
			return { behavior = workspace.SignalBehavior == Enum.SignalBehavior.Default, log = log }
		`);
		expect(result).toEqual({ behavior: true, log: ["handler", "after fire"] });
	});

	// create.roblox.com/docs/reference/engine/enums/SignalBehavior
	it("AncestryDeferred defers the handlers of ancestry events only", () => {
		const log = getEngine().createPeer().run(`
			workspace.SignalBehavior = Enum.SignalBehavior.AncestryDeferred
			local log = {}
			local event = Instance.new("BindableEvent")
			event.Event:Connect(function() table.insert(log, "bindable") end)
			local folder = Instance.new("Folder")
			folder.ChildAdded:Connect(function() table.insert(log, "child added") end)
			folder:GetPropertyChangedSignal("Name"):Connect(function() table.insert(log, "renamed") end)
			Instance.new("Folder").Parent = folder
			event:Fire()
			folder.Name = "Renamed"
			table.insert(log, "after")
			task.wait()
			return log
		`) as string[];
		expect(log).toEqual(["bindable", "renamed", "after", "child added"]);
	});

	// create.roblox.com/docs/reference/engine/classes/Workspace#SignalBehavior
	it("the Workspace property reads back the mode it was set to", () => {
		const peer = peerWith("Immediate");
		expect(peer.run("return workspace.SignalBehavior")).toBe(Enum.SignalBehavior.Immediate);
	});
});

for (const behavior of ["Deferred", "Immediate"] as const) {
	// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal
	describe(`RBXScriptSignal with SignalBehavior ${behavior}`, () => {
		// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Connect
		it("a handler connected during a fire does not run for that fire, but runs for the next", () => {
			const log = peerWith(behavior).run(`
				local log = {}
				local event = Instance.new("BindableEvent")
				local added = false
				event.Event:Connect(function(value)
					table.insert(log, "first " .. value)
					if not added then
						added = true
						event.Event:Connect(function(v) table.insert(log, "late " .. v) end)
					end
				end)
				event:Fire(1)
				task.wait()
				event:Fire(2)
				task.wait()
				return log
			`) as string[];
			expect(log).toEqual(["first 1", "first 2", "late 2"]);
		});

		// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Once
		it("Once runs its handler for one fire only and leaves the connection disconnected", () => {
			const result = peerWith(behavior).run(`
				local count = 0
				local event = Instance.new("BindableEvent")
				local connection = event.Event:Once(function() count += 1 end)
				event:Fire()
				event:Fire()
				task.wait()
				event:Fire()
				task.wait()
				return { count = count, connected = connection.Connected }
			`) as { count: number; connected: boolean };
			expect(result).toEqual({ count: 1, connected: false });
		});

		// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Wait
		it("Wait yields until the next fire and returns its arguments", () => {
			const result = peerWith(behavior).run(`
				local event = Instance.new("BindableEvent")
				task.delay(0.5, function() event:Fire("x", 42) end)
				local start = os.clock()
				local a, b = event.Event:Wait()
				return { a = a, b = b, waited = os.clock() - start }
			`) as { a: string; b: number; waited: number };
			expect(result.a).toBe("x");
			expect(result.b).toBe(42);
			expect(result.waited).toBeGreaterThanOrEqual(0.5 - 1e-6);
		});

		// create.roblox.com/docs/reference/engine/datatypes/RBXScriptConnection#Disconnect
		it("a handler disconnected by an earlier handler of the same fire does not run", () => {
			const result = peerWith(behavior).run(`
				local log = {}
				local event = Instance.new("BindableEvent")
				local second
				event.Event:Connect(function()
					table.insert(log, "first")
					second:Disconnect()
				end)
				second = event.Event:Connect(function() table.insert(log, "second") end)
				event:Fire()
				task.wait()
				return { log = log, connected = second.Connected }
			`) as { log: string[]; connected: boolean };
			expect(result).toEqual({ log: ["first"], connected: false });
		});
	});
}

// create.roblox.com/docs/reference/engine/datatypes/RBXScriptConnection
describe("RBXScriptConnection", () => {
	// create.roblox.com/docs/reference/engine/datatypes/RBXScriptConnection#Connected
	it("Connected is true until Disconnect, and Disconnect twice is harmless", () => {
		const event = new Instance("BindableEvent");
		let calls = 0;
		const connection = event.Event.Connect(() => calls++);
		expect(connection.Connected).toBe(true);
		connection.Disconnect();
		connection.Disconnect();
		expect(connection.Connected).toBe(false);
		event.Fire();
		task.wait();
		expect(calls).toBe(0);
	});

	// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Connect
	it("Connect rejects a value that is not a function", () => {
		const event = new Instance("BindableEvent");
		const signal = event.Event as unknown as { Connect: (self: unknown, fn: unknown) => unknown };
		expect(() => signal.Connect(signal, 5)).toThrow("Attempt to connect failed: Passed value is not a function");
	});
});

// Handlers run on reusable threads (docs/engine.md, "Handler threads"): the reuse must never be visible to a handler
// that yields, and an error must not take later handlers down with it.
describe("handler threads", () => {
	for (const behavior of ["Deferred", "Immediate"] as const) {
		// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Connect
		it(`a handler that yields keeps its thread while later handlers run (${behavior})`, () => {
			const log = peerWith(behavior).run(`
				local log = {}
				local event = Instance.new("BindableEvent")
				local sleeper
				event.Event:Connect(function(value)
					if value == "sleep" then
						sleeper = coroutine.running()
						task.wait(1)
						table.insert(log, "woke " .. tostring(coroutine.running() == sleeper))
					else
						table.insert(log, "ran " .. value .. " " .. tostring(coroutine.running() ~= sleeper))
					end
				end)
				event:Fire("sleep")
				task.wait()
				event:Fire("a")
				event:Fire("b")
				task.wait(2)
				return log
			`) as string[];
			expect(log).toEqual(["ran a true", "ran b true", "woke true"]);
		});

		// create.roblox.com/docs/reference/engine/datatypes/RBXScriptSignal#Connect
		it(`an error in one handler call leaves the next calls running (${behavior})`, () => {
			const peer = peerWith(behavior);
			const log = peer.run(`
				local log = {}
				local event = Instance.new("BindableEvent")
				event.Event:Connect(function(value)
					if value == "fail" then error("handler failed") end
					table.insert(log, value)
				end)
				event:Fire("a")
				event:Fire("fail")
				event:Fire("b")
				task.wait()
				return log
			`) as string[];
			expect(log).toEqual(["a", "b"]);
			expect(peer.errors().some((message) => message.find("handler failed")[0] !== undefined)).toBe(true);
		});
	}
});

// create.roblox.com/docs/scripting/events/deferred and .../classes/RunService: frame events run their handlers at
// once (the engine's shortcut, docs/engine.md), which must keep the order deferral gives.
describe("frame events keep the deferred order", () => {
	it("runs every frame handler before the work they defer, in firing and connection order", () => {
		const log = peerWith("Deferred").run(`
			local RunService = game:GetService("RunService")
			local log = {}
			local connections = {}
			table.insert(connections, RunService.Stepped:Connect(function()
				table.insert(log, "stepped")
				task.defer(function() table.insert(log, "deferred by stepped") end)
			end))
			table.insert(connections, RunService.Heartbeat:Connect(function()
				table.insert(log, "heartbeat 1")
				task.defer(function() table.insert(log, "deferred by heartbeat") end)
			end))
			table.insert(connections, RunService.Heartbeat:Connect(function() table.insert(log, "heartbeat 2") end))
			task.wait()
			for _, connection in connections do connection:Disconnect() end
			local frame = {}
			for index = 1, 5 do frame[index] = log[index] end
			return frame
		`) as string[];
		expect(log).toEqual(["stepped", "heartbeat 1", "heartbeat 2", "deferred by stepped", "deferred by heartbeat"]);
	});
});

// A frame's handler calls share one runner thread (docs/engine.md, "Handler threads"); none of that may show.
// create.roblox.com/docs/reference/engine/classes/RunService#Heartbeat, .../RunService#Stepped
describe("frame events on a shared runner", () => {
	it("a frame handler that yields keeps its thread while the frame's later handlers run", () => {
		const log = peerWith("Deferred").run(`
			local RunService = game:GetService("RunService")
			local log = {}
			local sleeper
			local first = RunService.Stepped:Connect(function()
				sleeper = coroutine.running()
				table.insert(log, "stepped")
				task.wait(0.5)
				table.insert(log, "woke " .. tostring(coroutine.running() == sleeper))
			end)
			local second = RunService.Heartbeat:Connect(function()
				table.insert(log, "heartbeat " .. tostring(coroutine.running() ~= sleeper))
			end)
			task.wait()
			first:Disconnect()
			second:Disconnect()
			task.wait(1)
			return log
		`) as string[];
		expect(log).toEqual(["stepped", "heartbeat true", "woke true"]);
	});

	it("an error in one frame handler spares the frame's later handlers and later frames", () => {
		const peer = peerWith("Deferred");
		const log = peer.run(`
			local RunService = game:GetService("RunService")
			local log = {}
			local frames = 0
			local failing = RunService.Stepped:Connect(function()
				frames += 1
				if frames == 1 then error("frame handler failed") end
				table.insert(log, "stepped " .. frames)
			end)
			local after = RunService.Heartbeat:Connect(function() table.insert(log, "heartbeat " .. frames) end)
			task.wait()
			task.wait()
			failing:Disconnect()
			after:Disconnect()
			return log
		`) as string[];
		expect(log).toEqual(["heartbeat 1", "stepped 2", "heartbeat 2"]);
		expect(peer.errors().some((message) => message.find("frame handler failed")[0] !== undefined)).toBe(true);
	});

	it("a handler connected by an earlier event of the same frame runs in that frame; Once and Wait run once", () => {
		const log = peerWith("Deferred").run(`
			local RunService = game:GetService("RunService")
			local log = {}
			local connections = {}
			table.insert(connections, RunService.Stepped:Connect(function(time, delta)
				table.insert(log, "stepped " .. typeof(time) .. " " .. typeof(delta))
				if #connections == 1 then
					table.insert(connections, RunService.Heartbeat:Connect(function(...)
						table.insert(log, "late heartbeat " .. select("#", ...))
					end))
				end
			end))
			RunService.Heartbeat:Once(function() table.insert(log, "once") end)
			task.spawn(function()
				RunService.Heartbeat:Wait()
				table.insert(log, "waited")
			end)
			task.wait()
			for _, connection in connections do connection:Disconnect() end
			return log
		`) as string[];
		// In connection order: Once was connected before the late handler.
		expect(log).toEqual(["stepped number number", "once", "late heartbeat 1", "waited"]);
	});
});
