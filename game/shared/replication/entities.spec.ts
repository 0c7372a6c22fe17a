import { describe, expect, it } from "@rbxts/jest-globals";
import { createEntity, EMPTY_ENTITY_STORE, proposeUpdate, removeEntity, updateEntity } from "./entities";

const start = (strategy: "ServerWins" | "ClientWins" | "Merge") =>
	createEntity(EMPTY_ENTITY_STORE, "door", "door", { open: false, color: "red", hits: 0 }, strategy);

describe("entities", () => {
	it("versions every update and keeps a bounded history", () => {
		let store = createEntity(EMPTY_ENTITY_STORE, "gem", "collectible", { value: 5 }, "ServerWins", 3);
		for (let index = 1; index <= 5; index++) store = updateEntity(store, "gem", { value: index }, undefined, 3);
		expect(store.entities.gem.version).toBe(6);
		expect(store.entities.gem.state.value).toBe(5);
		expect(store.history.gem.map((entry) => entry.version)).toEqual([4, 5, 6]);
		expect(removeEntity(store, "gem").entities.gem).toBeUndefined();
	});

	it("applies a proposal based on the current version, recording its source", () => {
		const outcome = proposeUpdate(start("ServerWins"), "door", 1, { open: true }, 77);
		expect(outcome.kind).toBe("applied");
		if (outcome.kind === "applied") {
			expect(outcome.conflict).toBe(false);
			expect(outcome.store.entities.door.state.open).toBe(true);
			expect(outcome.store.history.door[1].source).toBe(77);
		}
	});

	it("ServerWins rejects a proposal made on an old version", () => {
		const store = updateEntity(start("ServerWins"), "door", { color: "blue" });
		const outcome = proposeUpdate(store, "door", 1, { open: true }, 77);
		expect(outcome).toEqual({ kind: "rejected", reason: "door changed since version 1", conflict: true });
	});

	it("ClientWins applies it over the newer state", () => {
		const store = updateEntity(start("ClientWins"), "door", { open: true });
		const outcome = proposeUpdate(store, "door", 1, { open: false }, 77);
		expect(outcome.kind === "applied" && outcome.store.entities.door.state.open).toBe(false);
	});

	it("Merge keeps the server's fields and applies the client's untouched ones", () => {
		const store = updateEntity(start("Merge"), "door", { color: "blue" });
		const outcome = proposeUpdate(store, "door", 1, { color: "green", open: true }, 77);
		expect(outcome.kind).toBe("applied");
		if (outcome.kind === "applied") {
			expect(outcome.store.entities.door.state).toEqual({ open: true, color: "blue", hits: 0 });
			expect(outcome.conflict).toBe(true);
		}
	});

	it("rejects unknown entities and versions from the future", () => {
		expect(proposeUpdate(start("Merge"), "window", 1, {}, 1).kind).toBe("rejected");
		expect(proposeUpdate(start("Merge"), "door", 9, {}, 1).kind).toBe("rejected");
	});
});
