import { describe, expect, it } from "@rbxts/jest-globals";
import { createLocaliser } from "shared/localisation/localiser";
import { sourceTranslator } from "shared/localisation/source-translator";
import { roundLabel } from "./round-label";

describe("the round's label", () => {
	it("names the round phase with the table's strings", () => {
		const localiser = createLocaliser(
			sourceTranslator(() => [
				{ Key: "Round.Playing", Source: "R{round}" },
				{ Key: "Round.Results", Source: "Res" },
				{ Key: "Round.Intermission", Source: "Int" },
				{ Key: "Format.Thousands", Source: "." },
			]),
		);
		expect(roundLabel(localiser, { phase: "intermission", number: 2 })).toBe("Int");
		expect(roundLabel(localiser, { phase: "playing", number: 3000 })).toBe("R3.000");
		expect(roundLabel(localiser, { phase: "results", number: 3 })).toBe("Res");
	});
});
