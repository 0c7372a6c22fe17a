import React, { useState } from "@rbxts/react";
import { createPortal } from "@rbxts/react-roblox";
import { Workspace } from "@rbxts/services";
import { CreateReactStory, EnumList } from "@rbxts/ui-labs";
import { BoardState } from "shared/leaderboards/view";
import { WorldBoard } from "client/ui/leaderboards/world-board";
import { MOCK_BOARD_PART, MOCK_LEADERBOARDS, MOCK_VIEWER, MOCK_VIEWER_OWN } from "stories/mocks/leaderboards.mock";
import { REACT } from "stories/react";

/**
 * A board is drawn on a part, not in a ScreenGui, so the story brings its own part: placed in the Workspace while the
 * story is mounted, with the board on it once React has made it.
 */
function BoardOnStoryPart(props: { readonly board: BoardState }) {
	const [part, setPart] = useState<Part>();
	return (
		<>
			{createPortal(
				<part
					key={MOCK_BOARD_PART}
					ref={setPart}
					Anchored={true}
					Size={new Vector3(10, 12, 1)}
					Position={new Vector3(0, 6, -20)}
				/>,
				Workspace,
			)}
			{part !== undefined && (
				<WorldBoard
					board={props.board}
					part={part}
					own={MOCK_VIEWER_OWN[props.board.name]}
					userId={MOCK_VIEWER.userId}
					playerName={MOCK_VIEWER.name}
				/>
			)}
		</>
	);
}

/** A board in the world as the viewer sees it: the weekly Points board (viewer fifth) or the all-time Time board. */
export = CreateReactStory({ ...REACT, controls: { board: EnumList(MOCK_LEADERBOARDS.boards, "points") } }, (props) => (
	<BoardOnStoryPart key="WorldBoardStory" board={props.controls.board} />
));
