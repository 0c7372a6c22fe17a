import { atom } from "@rbxts/charm";
import { INITIAL_ROUND, ROUND_SYNC_KEY, RoundState } from "shared/demo/round-rules";
import { shareWithEveryClient } from "server/sync/sync-service";

/** This server's round (not persisted), sent to every client under its own key beside the framework's game data. */
export const roundAtom = atom<RoundState>(INITIAL_ROUND);

export function updateRound(update: (round: RoundState) => RoundState) {
	roundAtom((current) => update(current));
}

shareWithEveryClient(ROUND_SYNC_KEY, roundAtom);
