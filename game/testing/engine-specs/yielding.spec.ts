// Every engine call that yields, made from a thread that cannot yield, fails as on Roblox and leaves nothing behind.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

interface YieldingCall {
	readonly name: string;
	/** Luau that yields until the engine resumes it. */
	readonly call: string;
	/** Luau that would wake a registration the failed call left behind (a sleep's time passing, a fire, a child). */
	readonly wake: string;
}

// Each call is made once where it cannot yield; the thread then waits on an event nobody fires.
const CALLS: YieldingCall[] = [
	{ name: "task.wait", call: "task.wait(0.1)", wake: "task.wait(0.5)" },
	{ name: "legacy wait", call: "wait(0.1)", wake: "task.wait(0.5)" },
	{ name: "task.synchronize", call: "task.synchronize()", wake: "task.wait(0.5)" },
	{ name: "RBXScriptSignal:Wait", call: "other.Event:Wait()", wake: "other:Fire(1) task.wait(0.5)" },
	{
		name: "Instance:WaitForChild",
		call: 'folder:WaitForChild("Late")',
		wake: 'local late = Instance.new("Folder") late.Name = "Late" late.Parent = folder task.wait(0.5)',
	},
	{ name: "Instance:WaitForChild with a timeout", call: 'folder:WaitForChild("Late", 0.1)', wake: "task.wait(0.5)" },
	{
		name: "BindableFunction:Invoke before OnInvoke is set",
		call: "callable:Invoke()",
		wake: "callable.OnInvoke = function() return 1 end task.wait(0.5)",
	},
];

function run(call: YieldingCall, where: string) {
	return getEngine()
		.createPeer()
		.run(
			`
			local other = Instance.new("BindableEvent")
			local callable = Instance.new("BindableFunction")
			local folder = Instance.new("Folder")
			local never = Instance.new("BindableEvent")
			local result = { resumed = false }
			task.spawn(function()
				local ok, message = pcall(function()
					${where.gsub("CALL", call.call)[0]}
				end)
				result.ok, result.message = ok, message
				-- Only a fire of never may end this wait, and nothing fires it.
				never.Event:Wait()
				result.resumed = true
			end)
			task.wait(0.2)
			${call.wake}
			return result
		`,
		) as { ok: boolean; message: string; resumed: boolean };
}

// create.roblox.com/docs/reference/engine/libraries/coroutine#isyieldable
// create.roblox.com/docs/reference/engine/libraries/task#wait
describe("a yield where the thread cannot yield", () => {
	const places = [
		["a generic-for iterator call", "for _ in function() CALL return nil end do end"],
		["a metamethod", "local _ = setmetatable({}, { __index = function() CALL end }).missing"],
		["a table.sort comparator", "table.sort({ 2, 1 }, function(a, b) CALL return a < b end)"],
	] as const;
	for (const call of CALLS) {
		for (const [place, where] of places) {
			it(`${call.name} in ${place} fails with exactly "thread is not yieldable"`, () => {
				const result = run(call, where);
				expect(result.ok).toBe(false);
				expect(result.message).toBe("thread is not yieldable");
			});
		}

		it(`${call.name} that failed to yield never resumes the thread later`, () => {
			const result = run(call, places[0][1]);
			expect(result.ok).toBe(false);
			expect(result.resumed).toBe(false);
		});
	}

	// The same calls where the thread can yield: the check must not refuse them.
	it("each call still yields and returns in an ordinary thread", () => {
		const returned = getEngine()
			.createPeer()
			.run(
				`
				local other = Instance.new("BindableEvent")
				local callable = Instance.new("BindableFunction")
				local folder = Instance.new("Folder")
				local done = {}
				local calls = { ${CALLS.map((call) => `function() ${call.call} end`).join(", ")} }
				for index, call in calls do
					task.spawn(function() call() done[index] = true end)
				end
				task.wait(0.2)
				other:Fire(1)
				local late = Instance.new("Folder") late.Name = "Late" late.Parent = folder
				callable.OnInvoke = function() return 1 end
				task.wait(0.5)
				local count = 0
				for _ in done do count += 1 end
				return count
			`,
			) as number;
		expect(returned).toBe(CALLS.size());
	});
});
