/**
 * What a leaderboard row shows, read from its columns (client/ui/leaderboards/board-rows) as one line,
 * "rank. player  value" (e.g. "1. Nova  1420"), so specs compare whole rows; undefined when there is no such row.
 */
export function boardRowText(row: Instance | undefined): string | undefined {
	if (row === undefined) return undefined;
	const column = (name: string) => row.FindFirstChild(name) as TextLabel | undefined;
	const [rank, player, value] = [column("Rank"), column("Player"), column("Value")];
	if (rank === undefined || player === undefined || value === undefined) return undefined;
	return `${rank.Text}. ${player.Text}  ${value.Text}`;
}

/** The font a row's player name is drawn in (bold for the player's own row). */
export function boardRowFont(row: Instance | undefined): Enum.Font | undefined {
	return (row?.FindFirstChild("Player") as TextLabel | undefined)?.Font;
}
