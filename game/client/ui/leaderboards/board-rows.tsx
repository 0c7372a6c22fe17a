import React from "@rbxts/react";
import { RankingType } from "shared/config/leaderboards";
import { formatValue } from "shared/leaderboards/ranking";
import { Localiser } from "shared/localisation/localiser";
import { DisplayRow } from "shared/leaderboards/view";
import { useLocaliser } from "client/localisation/use-localiser";
import { THEME } from "client/ui/components/theme";

export interface BoardRowsProps {
	readonly ranking: RankingType;
	readonly rows: readonly DisplayRow[];
	readonly pinned?: DisplayRow;
	/** The board has never loaded: show "Loading…" instead of "No scores yet". */
	readonly loading: boolean;
	/** The server cannot reach the stores (Studio without API access): only the API-access message is shown. */
	readonly needsApiAccess?: boolean;
	/** Instance name prefix, e.g. "Leaderboard" gives LeaderboardRow1, LeaderboardPinned, LeaderboardStatus. */
	readonly prefix: string;
	readonly textSize?: number;
}

// The share of a row's width each column takes: rank, player, value.
const RANK_WIDTH = 0.12;
const PLAYER_WIDTH = 0.54;
const VALUE_WIDTH = 1 - RANK_WIDTH - PLAYER_WIDTH - 0.04;
// Every other row a shade lighter, so a name can be followed across to its value.
const ROW_TRANSPARENCY = [0.55, 0.75];

interface RowProps {
	readonly order: number;
	readonly rank: string;
	readonly player: string;
	readonly value: string;
	readonly own: boolean;
	readonly textSize: number;
	/** A pinned row (the player's own, below the top) stands apart from the list. */
	readonly pinned?: boolean;
}

function column(key: string, text: string, x: number, width: number, props: RowProps, align: Enum.TextXAlignment) {
	return (
		<textlabel
			key={key}
			Text={text}
			Position={UDim2.fromScale(x, 0)}
			Size={UDim2.fromScale(width, 1)}
			BackgroundTransparency={1}
			Font={props.own ? THEME.boldFont : THEME.font}
			TextColor3={props.own ? THEME.accent : key === "Rank" ? THEME.mutedText : THEME.text}
			TextSize={props.textSize}
			TextTruncate={Enum.TextTruncate.AtEnd}
			TextXAlignment={align}
		/>
	);
}

/**
 * One row: a frame with its rank, player and value in columns ("Rank", "Player", "Value"), the player's own row in
 * the accent colour. Memoized on what it shows: a refresh usually moves a few rows, and every client renders every
 * board, so the rows that did not change are skipped instead of being compared property by property.
 */
const RowView = React.memo((props: RowProps) => (
	<frame
		LayoutOrder={props.order}
		Size={new UDim2(1, 0, 0, math.ceil(props.textSize * 1.7))}
		BackgroundColor3={props.own ? THEME.button : THEME.row}
		BackgroundTransparency={props.own ? 0.2 : ROW_TRANSPARENCY[props.order % 2]}
		BorderSizePixel={0}
	>
		<uicorner CornerRadius={new UDim(0, 6)} />
		{props.pinned && <uistroke Color={THEME.accent} Thickness={1} Transparency={0.3} />}
		{column("Rank", props.rank, 0.02, RANK_WIDTH, props, Enum.TextXAlignment.Left)}
		{column("Player", props.player, 0.02 + RANK_WIDTH, PLAYER_WIDTH, props, Enum.TextXAlignment.Left)}
		{column("Value", props.value, 1 - 0.02 - VALUE_WIDTH, VALUE_WIDTH, props, Enum.TextXAlignment.Right)}
	</frame>
));

function rowOf(
	localiser: Localiser,
	row: DisplayRow,
	ranking: RankingType,
	order: number,
	textSize: number,
	pinned?: boolean,
) {
	// Each column is a table string, so a language can reorder or decorate what a column shows.
	return (
		<RowView
			order={order}
			rank={localiser.text("Board.Rank", { rank: row.rank })}
			player={localiser.text("Board.Player", { name: row.name })}
			value={localiser.text("Board.Value", { value: formatValue(ranking, row.value) })}
			own={row.own}
			textSize={textSize}
			pinned={pinned}
		/>
	);
}

/**
 * The rows of a board, top to bottom: one row per player, the player's own highlighted, and pinned at the bottom
 * when it is not among the rows. Rows are keyed by position, so a refresh changes texts in place (no flicker). The
 * list grows with its rows, for a scrolling frame around it to scroll.
 */
export function BoardRows(props: BoardRowsProps) {
	const size = props.textSize ?? 16;
	const localiser = useLocaliser();
	const children: Record<string, React.Element> = {};
	const rows = props.needsApiAccess === true ? [] : props.rows;
	const pinned = props.needsApiAccess === true ? undefined : props.pinned;
	rows.forEach((row, index) => {
		children[`${props.prefix}Row${index + 1}`] = rowOf(localiser, row, props.ranking, index + 1, size);
	});
	if (rows.size() === 0) {
		children[`${props.prefix}Status`] = (
			<textlabel
				LayoutOrder={0}
				Size={new UDim2(1, 0, 0, size * 3)}
				BackgroundTransparency={1}
				Font={THEME.font}
				TextColor3={THEME.mutedText}
				TextSize={size}
				TextWrapped={props.needsApiAccess === true}
				Text={localiser.text(
					props.needsApiAccess === true
						? "Board.NeedsApiAccess"
						: props.loading
							? "Board.Loading"
							: "Board.Empty",
				)}
			/>
		);
	}
	if (pinned !== undefined) {
		children[`${props.prefix}Pinned`] = rowOf(localiser, pinned, props.ranking, 1000, size, true);
	}
	return (
		<frame
			key={`${props.prefix}Rows`}
			Size={UDim2.fromScale(1, 0)}
			AutomaticSize={Enum.AutomaticSize.Y}
			BackgroundTransparency={1}
		>
			<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} Padding={new UDim(0, 2)} />
			{children}
		</frame>
	);
}
