import React from "@rbxts/react";
import { seasonText } from "shared/localisation/season-text";
import { BoardState, displayRows, LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";
import { useLocaliser } from "client/localisation/use-localiser";
import { BoardRows } from "./board-rows";
import { BoardTab, BoardTabs, SeasonTabs, TAB_GAP } from "./panel-tabs";
import { THEME } from "client/ui/components/theme";
import { useTouchScreen } from "client/ui/hooks/use-touch-screen";

// The title and the season's name above the tabs, and the room between the strips.
const HEADER = 50;
const GAP = 6;

/** A row of tabs that scrolls sideways when they do not fit the panel's width (five boards on a phone). */
function TabStrip(props: { readonly at: number; readonly height: number; readonly children?: React.ReactNode }) {
	return (
		<scrollingframe
			Position={new UDim2(0, 0, 0, props.at)}
			Size={new UDim2(1, 0, 0, props.height)}
			BackgroundTransparency={1}
			BorderSizePixel={0}
			CanvasSize={new UDim2()}
			AutomaticCanvasSize={Enum.AutomaticSize.X}
			ScrollingDirection={Enum.ScrollingDirection.X}
			ScrollBarThickness={0}
		>
			<uilistlayout
				FillDirection={Enum.FillDirection.Horizontal}
				SortOrder={Enum.SortOrder.LayoutOrder}
				Padding={new UDim(0, TAB_GAP)}
			/>
			{props.children}
		</scrollingframe>
	);
}

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
	const past = board.history?.find((top) => top.season === props.selectedSeason);
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
	const history = board?.history ?? [];
	const seasons =
		board !== undefined && history.size() > 0 ? [board.season, ...history.map((top) => top.season)] : [];
	const rows = board !== undefined ? panelRows(board, props) : { rows: [] };
	const shownSeason = props.selectedSeason ?? board?.season;
	const touch = useTouchScreen();
	// A tab strip as tall as a thumb on a touch screen, as a button is.
	const strip = touch ? THEME.touchTarget : 34;
	const tabsAt = HEADER + GAP;
	const bodyAt = tabsAt + (seasons.size() > 0 ? strip + GAP : 0) + strip + GAP;
	return (
		<frame
			key="LeaderboardPanel"
			AnchorPoint={new Vector2(0.5, 0.5)}
			Position={UDim2.fromScale(0.5, 0.5)}
			Size={UDim2.fromScale(0.9, 0.94)}
			// Opaque: through even a few percent of transparency the round's timer and the toasts under it show as ghosts.
			BackgroundColor3={THEME.background}
			BorderSizePixel={0}
		>
			{/* As wide as a list needs on a monitor, clear of the coins on a phone; there, the height the top bar leaves. */}
			<uisizeconstraint MaxSize={new Vector2(touch ? 420 : 480, 480)} />
			<uicorner CornerRadius={THEME.corner} />
			<uistroke Color={THEME.row} Thickness={1} />
			<uipadding
				PaddingTop={new UDim(0, 10)}
				PaddingBottom={new UDim(0, 10)}
				PaddingLeft={new UDim(0, 12)}
				PaddingRight={new UDim(0, 12)}
			/>
			<textlabel
				key="LeaderboardTitle"
				Size={new UDim2(1, 0, 0, 28)}
				BackgroundTransparency={1}
				Font={THEME.boldFont}
				TextColor3={THEME.text}
				TextSize={24}
				TextXAlignment={Enum.TextXAlignment.Left}
				Text={localiser.text(board !== undefined ? `Board.${board.name}` : "Board.Panel")}
			/>
			<textlabel
				key="LeaderboardSeason"
				Position={new UDim2(0, 0, 0, 30)}
				Size={new UDim2(1, 0, 0, 18)}
				BackgroundTransparency={1}
				Font={THEME.font}
				TextColor3={THEME.accent}
				TextSize={15}
				TextXAlignment={Enum.TextXAlignment.Left}
				Text={shownSeason !== undefined ? seasonText(localiser, shownSeason) : ""}
			/>
			<TabStrip key="Tabs" at={tabsAt} height={strip}>
				<BoardTabs tabs={tabs} selected={boardName} onSelectBoard={props.onSelectBoard} />
			</TabStrip>
			{seasons.size() > 0 && (
				<TabStrip key="Seasons" at={tabsAt + strip + GAP} height={strip}>
					<SeasonTabs seasons={seasons} onSelectSeason={props.onSelectSeason} />
				</TabStrip>
			)}
			<scrollingframe
				key="Body"
				Position={new UDim2(0, 0, 0, bodyAt)}
				Size={new UDim2(1, 0, 1, -bodyAt)}
				BackgroundTransparency={1}
				BorderSizePixel={0}
				CanvasSize={new UDim2()}
				AutomaticCanvasSize={Enum.AutomaticSize.Y}
				ScrollingDirection={Enum.ScrollingDirection.Y}
				ScrollBarThickness={4}
			>
				<BoardRows
					ranking={board?.ranking ?? "Points"}
					rows={rows.rows}
					pinned={rows.pinned}
					loading={board === undefined || board.updatedAt === undefined}
					needsApiAccess={board?.needsApiAccess === true}
					prefix="Leaderboard"
					textSize={touch ? 17 : 18}
				/>
			</scrollingframe>
		</frame>
	);
}
