import React from "@rbxts/react";
import { RankingType } from "shared/config/leaderboards";
import { formatValue } from "shared/leaderboards/ranking";
import { Localiser } from "shared/localisation/localiser";
import { DisplayRow } from "shared/leaderboards/view";
import { useLocaliser } from "client/localisation/use-localiser";

export interface BoardRowsProps {
	readonly ranking: RankingType;
	readonly rows: readonly DisplayRow[];
	readonly pinned?: DisplayRow;
	/** The board has never loaded: show "Loading…" instead of "No scores yet". */
	readonly loading: boolean;
	/** Instance name prefix, e.g. "Leaderboard" gives LeaderboardRow1, LeaderboardPinned, LeaderboardStatus. */
	readonly prefix: string;
	readonly textSize?: number;
}

const OWN_COLOR = Color3.fromRGB(255, 221, 87);
const ROW_COLOR = Color3.fromRGB(235, 235, 235);

export function rowText(localiser: Localiser, row: DisplayRow, ranking: RankingType): string {
	return localiser.text("Board.Row", { rank: row.rank, name: row.name, value: formatValue(ranking, row.value) });
}

interface RowLabelProps {
	readonly order: number;
	readonly text: string;
	readonly own: boolean;
	readonly textSize: number;
}

/**
 * One row. Memoized on its text: a refresh usually moves a few rows, and every client renders every board, so the
 * rows that did not change are skipped instead of being compared property by property.
 */
const RowLabel = React.memo((props: RowLabelProps) => (
	<textlabel
		LayoutOrder={props.order}
		Size={new UDim2(1, 0, 0, props.textSize + 6)}
		BackgroundTransparency={1}
		Font={props.own ? Enum.Font.GothamBold : Enum.Font.Gotham}
		TextColor3={props.own ? OWN_COLOR : ROW_COLOR}
		TextSize={props.textSize}
		TextXAlignment={Enum.TextXAlignment.Left}
		Text={props.text}
	/>
));

/**
 * The rows of a board: one TextLabel per row, the player's own row highlighted, and pinned at the bottom when it is
 * not among the rows. Rows are keyed by position, so a refresh changes texts in place (no flicker).
 */
export function BoardRows(props: BoardRowsProps) {
	const size = props.textSize ?? 16;
	const localiser = useLocaliser();
	const children: Record<string, React.Element> = {};
	props.rows.forEach((row, index) => {
		children[`${props.prefix}Row${index + 1}`] = (
			<RowLabel order={index + 1} text={rowText(localiser, row, props.ranking)} own={row.own} textSize={size} />
		);
	});
	if (props.rows.size() === 0) {
		children[`${props.prefix}Status`] = (
			<textlabel
				LayoutOrder={0}
				Size={new UDim2(1, 0, 0, size + 6)}
				BackgroundTransparency={1}
				TextColor3={ROW_COLOR}
				TextSize={size}
				Text={localiser.text(props.loading ? "Board.Loading" : "Board.Empty")}
			/>
		);
	}
	if (props.pinned !== undefined) {
		children[`${props.prefix}Pinned`] = (
			<textlabel
				LayoutOrder={1000}
				Size={new UDim2(1, 0, 0, size + 6)}
				BackgroundTransparency={0.6}
				BackgroundColor3={Color3.fromRGB(40, 40, 40)}
				Font={Enum.Font.GothamBold}
				TextColor3={OWN_COLOR}
				TextSize={size}
				TextXAlignment={Enum.TextXAlignment.Left}
				Text={rowText(localiser, props.pinned, props.ranking)}
			/>
		);
	}
	return (
		<frame key={`${props.prefix}Rows`} Size={new UDim2(1, 0, 1, 0)} BackgroundTransparency={1}>
			<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} />
			{children}
		</frame>
	);
}
