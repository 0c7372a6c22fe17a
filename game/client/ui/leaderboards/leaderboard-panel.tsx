import React from "@rbxts/react";
import { seasonText } from "shared/localisation/season-text";
import { BoardState, displayRows, LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";
import { useLocaliser } from "client/localisation/use-localiser";
import { BoardRows } from "./board-rows";
import { BoardTab, BoardTabs, SeasonTabs } from "./panel-tabs";

export interface LeaderboardPanelProps {
	readonly state?: LeaderboardsState;
	readonly own?: OwnLeaderboards;
	readonly userId: number;
	readonly playerName: string;
	readonly selectedBoard?: string;
	/** undefined = current season. */
	readonly selectedSeason?: string;
	readonly onSelectBoard: (board: string) => void;
	readonly onSelectSeason: (season: string | undefined) => void;
}

/** The rows for the selected season: live (with the player's own value merged) or a past season's snapshot. */
export function panelRows(board: BoardState, props: LeaderboardPanelProps) {
	if (props.selectedSeason === undefined || props.selectedSeason === board.season) {
		return displayRows(board, props.userId, props.playerName, props.own?.[board.name]);
	}
	const past = board.history.find((top) => top.season === props.selectedSeason);
	const pastBoard: BoardState = { ...board, rows: past?.rows ?? [], complete: true, fetched: past?.rows.size() ?? 0 };
	return displayRows(pastBoard, props.userId, props.playerName, undefined);
}

/** The HUD panel: a tab per board, a season switcher (current and past seasons), the rows. */
export function LeaderboardPanel(props: LeaderboardPanelProps) {
	const state = props.state;
	const localiser = useLocaliser();
	const boardName = props.selectedBoard ?? state?.order[0];
	const board = boardName !== undefined ? state?.boards[boardName] : undefined;
	const tabs =
		state !== undefined
			? state.order.map((name): BoardTab => ({ name, title: localiser.text(`Board.${name}`) }))
			: [];
	const seasons =
		board !== undefined && board.history.size() > 0
			? [board.season, ...board.history.map((top) => top.season)]
			: [];
	const rows = board !== undefined ? panelRows(board, props) : { rows: [] };
	const shownSeason = props.selectedSeason ?? board?.season;
	return (
		<frame
			key="LeaderboardPanel"
			Size={new UDim2(0, 320, 0, 380)}
			AnchorPoint={new Vector2(0.5, 0.5)}
			Position={UDim2.fromScale(0.5, 0.5)}
		>
			<textlabel
				key="LeaderboardTitle"
				Size={new UDim2(1, 0, 0, 24)}
				Text={localiser.text(board !== undefined ? `Board.${board.name}` : "Board.Panel")}
			/>
			<textlabel
				key="LeaderboardSeason"
				Position={new UDim2(0, 0, 0, 24)}
				Size={new UDim2(1, 0, 0, 18)}
				Text={shownSeason !== undefined ? seasonText(localiser, shownSeason) : ""}
			/>
			<frame
				key="Tabs"
				Position={new UDim2(0, 0, 0, 44)}
				Size={new UDim2(1, 0, 0, 24)}
				BackgroundTransparency={1}
			>
				<uilistlayout FillDirection={Enum.FillDirection.Horizontal} SortOrder={Enum.SortOrder.LayoutOrder} />
				<BoardTabs tabs={tabs} selected={boardName} onSelectBoard={props.onSelectBoard} />
			</frame>
			<frame
				key="Seasons"
				Position={new UDim2(0, 0, 0, 70)}
				Size={new UDim2(1, 0, 0, 20)}
				BackgroundTransparency={1}
			>
				<uilistlayout FillDirection={Enum.FillDirection.Horizontal} SortOrder={Enum.SortOrder.LayoutOrder} />
				<SeasonTabs seasons={seasons} onSelectSeason={props.onSelectSeason} />
			</frame>
			<frame
				key="Body"
				Position={new UDim2(0, 0, 0, 94)}
				Size={new UDim2(1, 0, 1, -94)}
				BackgroundTransparency={1}
			>
				<BoardRows
					ranking={board?.ranking ?? "Points"}
					rows={rows.rows}
					pinned={rows.pinned}
					loading={board === undefined || board.updatedAt === undefined}
					prefix="Leaderboard"
				/>
			</frame>
		</frame>
	);
}
