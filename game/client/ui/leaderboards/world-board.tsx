import React from "@rbxts/react";
import { createPortal } from "@rbxts/react-roblox";
import { seasonLabel, seasonOf, timeLeft } from "shared/leaderboards/season";
import { BoardState, displayRows, OwnLeaderboards } from "shared/leaderboards/view";
import { BoardRows } from "./board-rows";

export interface WorldBoardProps {
	readonly board: BoardState;
	readonly part: BasePart;
	readonly own?: OwnLeaderboards;
	readonly userId: number;
	readonly playerName: string;
	/** Unix seconds now (for the time left). */
	readonly now: number;
}

/** A board on a part in the world: a SurfaceGui rendered into the part through a portal. */
export function WorldBoard(props: WorldBoardProps) {
	const board = props.board;
	const view = displayRows(board, props.userId, props.playerName, props.own?.[board.name]);
	const left =
		board.endsAt !== undefined ? timeLeft({ ...seasonOf("all-time", 0), endsAt: board.endsAt }, props.now) : "";
	return createPortal(
		<surfacegui
			key={`BoardGui_${board.name}`}
			Face={Enum.NormalId.Front}
			SizingMode={Enum.SurfaceGuiSizingMode.PixelsPerStud}
			PixelsPerStud={40}
		>
			<textlabel key="BoardTitle" Size={new UDim2(1, 0, 0, 40)} TextSize={30} Text={board.title} />
			<textlabel
				key="BoardSeason"
				Position={new UDim2(0, 0, 0, 40)}
				Size={new UDim2(1, 0, 0, 28)}
				TextSize={20}
				Text={left !== "" ? `${seasonLabel(board.season)} · ${left} left` : seasonLabel(board.season)}
			/>
			<frame
				key="Body"
				Position={new UDim2(0, 0, 0, 72)}
				Size={new UDim2(1, 0, 1, -72)}
				BackgroundTransparency={1}
			>
				<BoardRows
					ranking={board.ranking}
					rows={view.rows}
					pinned={view.pinned}
					loading={board.updatedAt === undefined}
					prefix="Board"
					textSize={22}
				/>
			</frame>
		</surfacegui>,
		props.part,
	);
}
