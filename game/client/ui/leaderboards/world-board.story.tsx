import React, { useState } from "@rbxts/react";
import { createPortal } from "@rbxts/react-roblox";
import { Workspace } from "@rbxts/services";
import { MOCK_POINTS_BOARD, MOCK_VIEWER, MOCK_VIEWER_OWN } from "./mock-leaderboards";
import { WorldBoard } from "./world-board";

export const STORY_PART_NAME = "LeaderboardStoryPart";

/**
 * A board is drawn on a part, not in a ScreenGui, so the story brings its own part: placed in the Workspace while the
 * story is mounted, with the board on it once React has made it.
 */
function BoardOnStoryPart() {
	const [part, setPart] = useState<Part>();
	return (
		<>
			{createPortal(
				<part
					key={STORY_PART_NAME}
					ref={setPart}
					Anchored={true}
					Size={new Vector3(10, 12, 1)}
					Position={new Vector3(0, 6, -20)}
				/>,
				Workspace,
			)}
			{part !== undefined && (
				<WorldBoard
					board={MOCK_POINTS_BOARD}
					part={part}
					own={MOCK_VIEWER_OWN.points}
					userId={MOCK_VIEWER.userId}
					playerName={MOCK_VIEWER.name}
				/>
			)}
		</>
	);
}

/** The weekly Points board in the world, as the viewer (fifth) sees it. */
export function story() {
	return <BoardOnStoryPart key="WorldBoardStory" />;
}
