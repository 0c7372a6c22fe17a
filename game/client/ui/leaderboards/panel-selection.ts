import { atom } from "@rbxts/charm";

/** The panel's local choices: the board shown, and the season (undefined = the current one; else a past id). */
export const selectedBoardAtom = atom<string | undefined>(undefined);
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
