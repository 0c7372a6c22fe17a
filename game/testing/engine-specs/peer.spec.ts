import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

describe("engine bridge", () => {
	// Tests the engine's documented deviation (docs/engine.md, "Virtual time"): os.clock is virtual time, and
	// task.wait(0) takes exactly one 60 Hz frame. On Roblox both vary with the real frame rate and the CPU.
	it("creates an isolated DataModel whose modules run with virtual time (engine deviation)", () => {
		const peer = getEngine().createPeer();
		const result = peer.run("local start = os.clock() task.wait(0) return os.clock() - start") as number;
		expect(result).toBe(1 / 60);
	});
});
