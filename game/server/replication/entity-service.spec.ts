import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";

const ENTITY = `service("server/replication/entity-service@EntityService")`;
const CONTROLLER = `controller("client/replication/entity-controller@EntityController")`;
const MIRROR = `require(client.replication["entity-controller"]).entitiesAtom()`;

describe("replicated entities in a world", () => {
	function setup() {
		const world = createWorld({ seed: 71 });
		const server = world.startServer();
		const alice = world.join(701, server);
		const bob = world.join(702, server);
		world.runUntil(() => clientCoins(alice) !== undefined && clientCoins(bob) !== undefined, 60);
		runWithGame(server, `${ENTITY}:createEntity("banner", "banner", { color = "red", text = "Welcome" })`);
		world.advance(0.5);
		return { world, server, alice, bob };
	}

	it("replicates an entity's state and version to every client", () => {
		const { world, server, alice } = setup();
		expect(runOnClient(alice, `local e = ${MIRROR}.banner return e.state.color .. "@" .. e.version`)).toBe("red@1");
		runWithGame(server, `${ENTITY}:updateEntity("banner", { text = "Round 2" })`);
		world.advance(0.5);
		expect(runOnClient(alice, `local e = ${MIRROR}.banner return e.state.text .. "@" .. e.version`)).toBe(
			"Round 2@2",
		);
	});

	it("merges concurrent proposals and counts the conflict", () => {
		const { world, server, alice, bob } = setup();
		// Both propose against version 1 before either sees the other's change.
		runOnClient(alice, `${CONTROLLER}:propose("banner", { color = "blue" })`);
		runOnClient(bob, `${CONTROLLER}:propose("banner", { color = "gold" })`);
		world.advance(1);
		// Whichever arrives first applies; the other finds its only field changed since version 1 and is refused.
		const [color, version] = runWithGame(
			server,
			`local e = ${ENTITY}:getEntityState("banner") return { e.state.color, e.version }`,
		) as [string, number];
		expect(["blue", "gold"]).toContain(color);
		expect(version).toBe(2);
		expect(runWithGame(server, `return ${ENTITY}:getReplicationStats().conflicts`)).toBe(1);
		expect(runOnClient(bob, `return ${MIRROR}.banner.state.color`)).toBe(color);
		expect(runOnClient(alice, `return ${MIRROR}.banner.state.color`)).toBe(color);
		const source = runWithGame(server, `local h = ${ENTITY}:getHistory("banner") return h[#h].source`);
		expect(source).toBe(color === "blue" ? 701 : 702);
	});

	it("refuses fields and values a kind does not allow clients to set", () => {
		const { world, server, alice } = setup();
		runOnClient(alice, `${CONTROLLER}:propose("banner", { text = "hacked" })`);
		runOnClient(alice, `${CONTROLLER}:propose("banner", { color = "invisible" })`);
		world.advance(1);
		expect(
			runWithGame(server, `local s = ${ENTITY}:getEntityState("banner").state return s.text .. "/" .. s.color`),
		).toBe("Welcome/red");
		expect(runWithGame(server, `return ${ENTITY}:getReplicationStats().rejected`)).toBe(2);
	});
});
