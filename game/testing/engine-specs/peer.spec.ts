import { describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "../engine";

describe("engine bridge", () => {
	it("creates an isolated DataModel whose modules run with virtual time", () => {
		const peer = getEngine().createPeer();
		const result = peer.run("local start = os.clock() task.wait(0) return os.clock() - start") as number;
		expect(result).toBe(1 / 60);
	});
});
