import { atom } from "@rbxts/charm";
import { RoundState } from "shared/demo/round-rules";

/** The client's mirror of the server's round (key ROUND_SYNC_KEY): written only by the sync, undefined until it came. */
export const roundAtom = atom<RoundState | undefined>(undefined);
