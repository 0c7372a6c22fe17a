/** What the loading screen suggests while the player waits, one at a time. */
export const LOADING_TIPS: ReadonlyArray<string> = [
	"Tip: open Boards to see this week's leaders, and the seasons before it.",
	"Tip: your settings are saved with your progress and follow you to every server.",
	"Tip: your own row on a board is highlighted, even when you are not in the top ten.",
];

/** How long each tip stays on screen. */
export const TIP_SECONDS = 6;

/** The tip shown at `seconds` (any clock): the tips in turn, TIP_SECONDS each. */
export function loadingTip(seconds: number): string {
	const index = math.floor(seconds / TIP_SECONDS) % LOADING_TIPS.size();
	return LOADING_TIPS[index];
}
