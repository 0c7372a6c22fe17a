// Conformance of the engine's task scheduler and virtual clock, checked in isolated peers (each on its own clock).
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

const FRAME = 1 / 60;

// create.roblox.com/docs/reference/engine/libraries/task
describe("task library ordering", () => {
	// create.roblox.com/docs/reference/engine/libraries/task#spawn
	// create.roblox.com/docs/reference/engine/libraries/task#defer
	it("task.spawn runs at once until its first yield; task.defer runs after the caller yields", () => {
		const peer = getEngine().createPeer();
		const log = peer.run(`
			local log = {}
			task.defer(function() table.insert(log, "defer") end)
			task.spawn(function()
				table.insert(log, "spawn before yield")
				task.wait()
				table.insert(log, "spawn after yield")
			end)
			table.insert(log, "caller")
			task.wait()
			task.wait()
			return log
		`) as string[];
		expect(log).toEqual(["spawn before yield", "caller", "defer", "spawn after yield"]);
	});

	// create.roblox.com/docs/reference/engine/libraries/task#defer
	it("a thread deferred by a deferred thread still runs in the same resumption cycle, before the next frame", () => {
		const peer = getEngine().createPeer();
		const times = peer.run(`
			local times = {}
			task.defer(function()
				table.insert(times, os.clock())
				task.defer(function() table.insert(times, os.clock()) end)
			end)
			local before = os.clock()
			task.wait()
			table.insert(times, before)
			return times
		`) as number[];
		expect(times.size()).toBe(3);
		expect(times[0]).toBe(times[2]);
		expect(times[1]).toBe(times[2]);
	});

	// create.roblox.com/docs/reference/engine/libraries/task#delay
	it("task.delay resumes threads by due time, then by the order they were scheduled, passing extra arguments", () => {
		const peer = getEngine().createPeer();
		const log = peer.run(`
			local log = {}
			local function record(name) table.insert(log, name) end
			task.delay(0.2, record, "late")
			task.delay(0.1, record, "first of two")
			task.delay(0.1, record, "second of two")
			task.delay(0, record, "zero")
			task.wait(0.5)
			return log
		`) as string[];
		expect(log).toEqual(["zero", "first of two", "second of two", "late"]);
	});

	// create.roblox.com/docs/reference/engine/libraries/task#cancel
	it("task.cancel stops a delayed thread and a thread sleeping in task.wait", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`
			local ran = {}
			local delayed = task.delay(0.5, function() ran.delayed = true end)
			local sleeper = task.spawn(function()
				task.wait(0.5)
				ran.sleeper = true
			end)
			task.cancel(delayed)
			task.cancel(sleeper)
			task.wait(1)
			return { delayed = ran.delayed == true, sleeper = ran.sleeper == true, status = coroutine.status(sleeper) }
		`) as { delayed: boolean; sleeper: boolean; status: string };
		expect(result).toEqual({ delayed: false, sleeper: false, status: "dead" });
	});

	// create.roblox.com/docs/reference/engine/libraries/task#spawn
	it("an error in a spawned thread is reported with the script's name and does not stop the caller", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`
			task.spawn(function() error("spawned failure") end)
			return "caller continued"
		`);
		expect(result).toBe("caller continued");
		const errors = peer.errors();
		expect(errors.size()).toBe(1);
		expect(errors[0]).toBe("ServerStorage.Snippet1:2: spawned failure");
	});
});

// create.roblox.com/docs/reference/engine/libraries/task#wait
describe("task.wait and virtual time", () => {
	// create.roblox.com/docs/reference/engine/libraries/task#wait
	it("task.wait(n) returns the time actually waited, at least n, and resumes on a frame boundary", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`
			local start = os.clock()
			local waited = task.wait(0.04)
			return { waited = waited, elapsed = os.clock() - start, now = os.clock() }
		`) as { waited: number; elapsed: number; now: number };
		expect(result.waited).toBeGreaterThanOrEqual(0.04);
		expect(result.waited).toBeLessThan(0.04 + FRAME + 1e-6);
		expect(result.waited).toBeCloseTo(result.elapsed, 6);
		const frames = result.now / FRAME;
		expect(math.abs(frames - math.round(frames))).toBeLessThan(1e-6);
		expect(peer.now()).toBe(result.now);
	});

	// create.roblox.com/docs/reference/engine/libraries/task#wait
	// Tests the engine's documented deviation (docs/engine.md, "Virtual time"): a frame is exactly 1/60 s, where
	// Roblox's frames last as long as they take, so task.wait() returns a varying delta there.
	it("task.wait() with no duration waits exactly one frame (engine deviation)", () => {
		const peer = getEngine().createPeer();
		const waited = peer.run("return task.wait()") as number;
		expect(waited).toBeCloseTo(FRAME, 9);
	});

	// create.roblox.com/docs/reference/engine/libraries/os#clock
	// create.roblox.com/docs/reference/engine/globals/RobloxGlobals#tick
	// create.roblox.com/docs/reference/engine/globals/RobloxGlobals#time
	// Tests the engine's documented deviation (docs/engine.md, "Virtual time"): on Roblox os.clock measures CPU time, so
	// the busy loop would advance it; here it is virtual time, which only frames advance.
	it("os.clock, time and tick advance only with the virtual clock, by the same amount (engine deviation)", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`
			local c0, t0, k0 = os.clock(), time(), tick()
			local sum = 0
			for i = 1, 200000 do sum += i end
			local busy = { os.clock() - c0, time() - t0, tick() - k0 }
			task.wait(2)
			return { busy = busy, slept = { os.clock() - c0, time() - t0, tick() - k0 } }
		`) as { busy: number[]; slept: number[] };
		expect(result.busy).toEqual([0, 0, 0]);
		for (const delta of result.slept) {
			expect(delta).toBeGreaterThanOrEqual(2 - 1e-6);
			expect(delta).toBeLessThan(2 + FRAME + 1e-6);
		}
	});

	// create.roblox.com/docs/reference/engine/libraries/task#wait
	it("advance() on the bridge resumes sleepers whose time has come, and only those", () => {
		const peer = getEngine().createPeer();
		const state = peer.run(`
			local state = { woke = 0 }
			task.spawn(function()
				task.wait(1)
				state.woke += 1
				task.wait(1)
				state.woke += 1
			end)
			return state
		`) as { woke: number };
		expect(state.woke).toBe(0);
		peer.advance(1.1);
		expect(state.woke).toBe(1);
		peer.advance(1);
		expect(state.woke).toBe(2);
	});
});

// create.roblox.com/docs/reference/engine/libraries/task#cancel
// create.roblox.com/docs/reference/engine/libraries/coroutine#close
describe("stopping a thread that waits in the scheduler", () => {
	const WAITS = [
		["sleeping in task.wait", "task.wait(0.5)", ""],
		["waiting on an event", "event.Event:Wait()", "event:Fire()"],
		[
			"waiting in WaitForChild",
			'folder:WaitForChild("Late")',
			'local late = Instance.new("Folder") late.Name = "Late" late.Parent = folder',
		],
	] as const;
	for (const [stop, call] of [
		["task.cancel", "task.cancel(thread) return true"],
		["coroutine.close", "return coroutine.close(thread)"],
	] as const) {
		for (const [waiting, wait, wake] of WAITS) {
			it(`${stop} of a thread ${waiting} ends it: it never resumes, and what would wake it raises nothing`, () => {
				const peer = getEngine().createPeer();
				const result = peer.run(`
					local event = Instance.new("BindableEvent")
					local folder = Instance.new("Folder")
					local resumed = false
					local thread = task.spawn(function()
						${wait}
						resumed = true
					end)
					local waitingStatus = coroutine.status(thread)
					local stopped = (function() ${call} end)()
					${wake}
					task.wait(1)
					return { waiting = waitingStatus, stopped = stopped, status = coroutine.status(thread), resumed = resumed }
				`);
				expect(result).toEqual({ waiting: "suspended", stopped: true, status: "dead", resumed: false });
				expect(peer.errors()).toEqual([]);
			});
		}
	}

	// create.roblox.com/docs/reference/engine/libraries/task#cancel
	it("task.cancel of the running thread raises, and the thread goes on", () => {
		const result = getEngine().createPeer().run(`
				local ok = pcall(task.cancel, coroutine.running())
				return { ok = ok, status = coroutine.status(coroutine.running()) }
			`);
		expect(result).toEqual({ ok: false, status: "running" });
	});
});
