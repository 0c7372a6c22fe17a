import { describe, expect, it } from "@rbxts/jest-globals";
import {
	ConflictStrategy,
	createEntity,
	EMPTY_ENTITY_STORE,
	ProposalOutcome,
	proposeUpdate,
	removeEntity,
	updateEntity,
} from "./entities";

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

	describe("a proposal made on an old version, by the entity's strategy", () => {
		// The server changed the colour after version 1; the client, still on version 1, proposes a colour and opening.
		const conflicting = (strategy: ConflictStrategy) =>
			proposeUpdate(updateEntity(start(strategy), "door", { color: "blue" }), "door", 1, CHANGE, 77);
		const CHANGE = { color: "green", open: true };
		/** What a strategy did, without its name: the refusal, or the new state and version. */
		const observe = (outcome: ProposalOutcome) =>
			outcome.kind === "applied"
				? { state: outcome.store.entities.door.state, version: outcome.store.entities.door.version }
				: outcome;
		const WANTED: Record<ConflictStrategy, unknown> = {
			// Refused: the client rolls back.
			ServerWins: { kind: "rejected", reason: "door changed since version 1", conflict: true },
			// Every proposed field over the newer state, the server's colour included.
			ClientWins: { state: { open: true, color: "green", hits: 0 }, version: 3 },
			// Only the fields the server left alone: the server's colour stays.
			Merge: { state: { open: true, color: "blue", hits: 0 }, version: 3 },
		};
		const STRATEGIES: ConflictStrategy[] = ["ServerWins", "ClientWins", "Merge"];

		for (const strategy of STRATEGIES) {
			it(`${strategy} does what it says`, () => {
				const outcome = conflicting(strategy);
				expect(observe(outcome)).toEqual(WANTED[strategy]);
				expect(outcome.conflict).toBe(true);
			});
		}

		it("each of those checks fails when the entity resolves by another strategy", () => {
			for (const strategy of STRATEGIES) {
				for (const other of STRATEGIES) {
					if (other !== strategy) expect(observe(conflicting(other))).never.toEqual(WANTED[strategy]);
				}
			}
		});
	});

	it("rejects unknown entities and versions from the future", () => {
		expect(proposeUpdate(start("Merge"), "window", 1, {}, 1).kind).toBe("rejected");
		expect(proposeUpdate(start("Merge"), "door", 9, {}, 1).kind).toBe("rejected");
	});
});
