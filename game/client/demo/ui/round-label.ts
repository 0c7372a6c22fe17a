import type { Localiser } from "shared/localisation/localiser";
import { RoundState } from "shared/demo/round-rules";

/** What the HUD says about the round: "Intermission", "Round 3" or "Results" in English. */
export function roundLabel(localiser: Localiser, round: Pick<RoundState, "phase" | "number">): string {
	if (round.phase === "playing") return localiser.text("Round.Playing", { round: localiser.number(round.number) });
	return localiser.text(round.phase === "results" ? "Round.Results" : "Round.Intermission");
}
