import { atom } from "@rbxts/charm";
import { LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";

/** Mirrors of the synced leaderboards (written only by the sync) and the panel's local choices. */
export const leaderboardsAtom = atom<LeaderboardsState | undefined>(undefined);
export const ownLeaderboardsAtom = atom<OwnLeaderboards | undefined>(undefined);
export const selectedBoardAtom = atom<string | undefined>(undefined);
/** undefined = the current season; else a past season's id. */
export const selectedSeasonAtom = atom<string | undefined>(undefined);

/** The panel's tab: a board shows its current season first. */
export function selectBoard(board: string) {
	selectedBoardAtom(board);
	selectedSeasonAtom(undefined);
}

/** The season switcher: a past season's id, or undefined for the current season. */
export function selectSeason(season: string | undefined) {
	selectedSeasonAtom(season);
}
