import React from "@rbxts/react";
import { createPortal } from "@rbxts/react-roblox";
import { timeLeftChangesIn } from "shared/leaderboards/season";
import { seasonText, timeLeftText } from "shared/localisation/season-text";
import { BoardState, displayRows, OwnEntry } from "shared/leaderboards/view";
import { useLocaliser } from "client/localisation/use-localiser";
import { useClock } from "client/ui/hooks/use-clock";
import { THEME } from "client/ui/components/theme";
import { BoardRows } from "./board-rows";

export interface WorldBoardProps {
	readonly board: BoardState;
	readonly part: BasePart;
	/** The player's own entry on this board. */
	readonly own?: OwnEntry;
	readonly userId: number;
	readonly playerName: string;
}

/** The season's name and the time left in it: the one part of a board that changes with the clock. */
const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/** Memoized: a board's rows change every few seconds, its season and end time almost never. */
const SeasonCaption = React.memo((props: { readonly season: string; readonly endsAt?: number }) => {
	const localiser = useLocaliser();
	const left = useClock(
		() => timeLeftText(localiser, props.endsAt, unixNow()),
		() => timeLeftChangesIn(props.endsAt, unixNow()),
		[props.endsAt],
	);
	return (
		<textlabel
			key="BoardSeason"
			Position={new UDim2(0, 0, 0, 92)}
			Size={new UDim2(1, 0, 0, 40)}
			BackgroundTransparency={1}
			Font={THEME.font}
			TextColor3={THEME.accent}
			TextSize={30}
			Text={left.map((text) =>
				text !== ""
					? localiser.text("Board.SeasonLeft", { season: seasonText(localiser, props.season), left: text })
					: seasonText(localiser, props.season),
			)}
		/>
	);
});

/**
 * A board on a part in the world: a SurfaceGui rendered into the part through a portal. Memoized: a refresh of one
 * board (or of the player's own value on another) leaves the others alone.
 */
function WorldBoardSurface(props: WorldBoardProps) {
	const board = props.board;
	const view = displayRows(board, props.userId, props.playerName, props.own);
	const localiser = useLocaliser();
	return createPortal(
		<surfacegui
			key={`BoardGui_${board.name}`}
			Face={Enum.NormalId.Front}
			SizingMode={Enum.SurfaceGuiSizingMode.PixelsPerStud}
			PixelsPerStud={40}
		>
			<frame
				key="Background"
				Size={UDim2.fromScale(1, 1)}
				BackgroundColor3={THEME.background}
				BorderSizePixel={0}
				ZIndex={0}
			/>
			<frame key="TitleBar" Size={new UDim2(1, 0, 0, 88)} BackgroundColor3={THEME.panel} BorderSizePixel={0} />
			<frame
				key="TitleRule"
				Position={new UDim2(0, 0, 0, 88)}
				Size={new UDim2(1, 0, 0, 4)}
				BackgroundColor3={THEME.accent}
				BorderSizePixel={0}
			/>
			<textlabel
				key="BoardTitle"
				Position={new UDim2(0, 32, 0, 8)}
				Size={new UDim2(1, -64, 0, 72)}
				BackgroundTransparency={1}
				Font={THEME.boldFont}
				TextColor3={THEME.text}
				TextSize={56}
				Text={localiser.text(`Board.${board.name}`)}
			/>
			<SeasonCaption key="BoardSeason" season={board.season} endsAt={board.endsAt} />
			<frame
				key="Body"
				Position={new UDim2(0, 32, 0, 148)}
				Size={new UDim2(1, -64, 1, -172)}
				BackgroundTransparency={1}
			>
				<BoardRows
					ranking={board.ranking}
					rows={view.rows}
					pinned={view.pinned}
					loading={board.updatedAt === undefined}
					needsApiAccess={board.needsApiAccess === true}
					prefix="Board"
					textSize={40}
				/>
			</frame>
		</surfacegui>,
		props.part,
	);
}

export const WorldBoard = React.memo(WorldBoardSurface);
