import { atom } from "@rbxts/charm";
import { LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";

/** Mirrors of the synced leaderboards, written only by the sync. */
export const leaderboardsAtom = atom<LeaderboardsState | undefined>(undefined);
export const ownLeaderboardsAtom = atom<OwnLeaderboards | undefined>(undefined);
