// Conformance of which scripts run where, how their errors read, and WaitForChild, checked in isolated peers.
import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

// Makes Script/LocalScript instances that record their run in _G.ran (the peer's _G, shared by its scripts).
const MAKE_SCRIPT = `
	_G.ran = _G.ran or {}
	local function script(className, name, parent, extra)
		local s = Instance.new(className)
		s.Name = name
		s.Source = (extra or "") .. " table.insert(_G.ran, script.Name)"
		s.Parent = parent
		return s
	end
`;

// create.roblox.com/docs/scripting/locations
describe("script run locations", () => {
	// create.roblox.com/docs/scripting/locations
	// create.roblox.com/docs/reference/engine/classes/Script
	it("a server runs Scripts under ServerScriptService and Workspace only, and no LocalScripts", () => {
		const peer = getEngine().createPeer({ kind: "server" });
		peer.run(`${MAKE_SCRIPT}
			script("Script", "InServerScriptService", game:GetService("ServerScriptService"))
			script("Script", "InWorkspace", workspace)
			script("Script", "InServerStorage", game:GetService("ServerStorage"))
			script("Script", "InReplicatedStorage", game:GetService("ReplicatedStorage"))
			script("LocalScript", "LocalInWorkspace", workspace)
			return true
		`);
		peer.start();
		peer.step();
		const ran = peer.run("table.sort(_G.ran) return _G.ran") as string[];
		expect(ran).toEqual(["InServerScriptService", "InWorkspace"]);
	});

	// create.roblox.com/docs/reference/engine/classes/BaseScript#Enabled
	it("a disabled Script does not run until it is enabled", () => {
		const peer = getEngine().createPeer({ kind: "server" });
		peer.run(`${MAKE_SCRIPT}
			local s = script("Script", "Disabled", nil)
			s.Enabled = false
			s.Parent = game:GetService("ServerScriptService")
			return true
		`);
		peer.start();
		peer.step();
		expect(peer.run("return #_G.ran")).toBe(0);
		peer.run("game:GetService('ServerScriptService').Disabled.Enabled = true return true");
		peer.step();
		expect(peer.run("return _G.ran")).toEqual(["Disabled"]);
	});

	// create.roblox.com/docs/scripting/locations
	it("a Script added to a run location after start runs once it arrives", () => {
		const peer = getEngine().createPeer({ kind: "server" });
		peer.start();
		peer.run(`${MAKE_SCRIPT}
			script("Script", "Late", game:GetService("ServerScriptService"))
			task.wait()
			return true
		`);
		expect(peer.run("return _G.ran")).toEqual(["Late"]);
	});

	// create.roblox.com/docs/scripting/locations
	it("a client runs LocalScripts under ReplicatedFirst, but not Scripts with the Legacy RunContext", () => {
		const peer = getEngine().createPeer({ kind: "client" });
		peer.run(`${MAKE_SCRIPT}
			script("LocalScript", "LocalInReplicatedFirst", game:GetService("ReplicatedFirst"))
			script("Script", "ServerScriptOnClient", game:GetService("ReplicatedFirst"))
			script("LocalScript", "LocalInWorkspace", workspace)
			return true
		`);
		peer.start();
		peer.step();
		expect(peer.run("return _G.ran")).toEqual(["LocalInReplicatedFirst"]);
	});

	// create.roblox.com/docs/reference/engine/classes/Script
	it("a Script's error is reported as `Full.Name:line: message` and does not stop other scripts", () => {
		const peer = getEngine().createPeer({ kind: "server" });
		peer.run(`${MAKE_SCRIPT}
			local service = game:GetService("ServerScriptService")
			local broken = Instance.new("Script")
			broken.Name = "Broken"
			broken.Source = "local a = 1\\nerror('script failed')"
			broken.Parent = service
			script("Script", "Healthy", service)
			return true
		`);
		peer.start();
		peer.step();
		expect(peer.errors()).toEqual(["ServerScriptService.Broken:2: script failed"]);
		expect(peer.run("return _G.ran")).toEqual(["Healthy"]);
	});
});

// create.roblox.com/docs/reference/engine/classes/Instance#WaitForChild
describe("WaitForChild", () => {
	// create.roblox.com/docs/reference/engine/classes/Instance#WaitForChild
	it("returns the child as soon as it is added", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`
			local parent = Instance.new("Folder")
			task.delay(1, function()
				local child = Instance.new("Folder")
				child.Name = "Late"
				child.Parent = parent
			end)
			local start = os.clock()
			local child = parent:WaitForChild("Late")
			return { name = child.Name, waited = os.clock() - start }
		`) as { name: string; waited: number };
		expect(result.name).toBe("Late");
		expect(result.waited).toBeGreaterThanOrEqual(1 - 1e-6);
		expect(result.waited).toBeLessThan(1.1);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#WaitForChild
	it("with a timeout returns nil once the timeout passes, without a warning", () => {
		const peer = getEngine().createPeer();
		const result = peer.run(`
			local parent = Instance.new("Folder")
			local start = os.clock()
			local child = parent:WaitForChild("Never", 2)
			return { missing = child == nil, waited = os.clock() - start }
		`) as { missing: boolean; waited: number };
		expect(result.missing).toBe(true);
		expect(result.waited).toBeGreaterThanOrEqual(2 - 1e-6);
		peer.advance(10);
		expect(peer.output().filter((entry) => entry.kind === "warning")).toEqual([]);
	});

	// create.roblox.com/docs/reference/engine/classes/Instance#WaitForChild
	it("without a timeout warns `Infinite yield possible` after 5 seconds, and not before", () => {
		const peer = getEngine().createPeer();
		const state = peer.run(`
			local state = {}
			local parent = Instance.new("Folder")
			parent.Name = "Holder"
			parent.Parent = workspace
			task.spawn(function()
				state.child = parent:WaitForChild("Missing")
			end)
			return state
		`) as { child?: Instance };
		peer.advance(4.9);
		expect(peer.output()).toEqual([]);
		peer.advance(0.2);
		expect(peer.output()).toEqual([
			{ kind: "warning", message: `Infinite yield possible on 'Workspace.Holder:WaitForChild("Missing")'` },
		]);
		expect(state.child).toBe(undefined);
	});
});
