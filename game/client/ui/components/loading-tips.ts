/** What the loading screen suggests while the player waits, one at a time: keys of the localisation table. */
export const LOADING_TIPS: ReadonlyArray<string> = ["Loading.Tip.Boards", "Loading.Tip.Settings", "Loading.Tip.OwnRow"];

/** How long each tip stays on screen. */
export const TIP_SECONDS = 6;

/** The key of the tip shown at `seconds` (any clock): the tips in turn, TIP_SECONDS each. */
export function loadingTip(seconds: number): string {
	const index = math.floor(seconds / TIP_SECONDS) % LOADING_TIPS.size();
	return LOADING_TIPS[index];
}
