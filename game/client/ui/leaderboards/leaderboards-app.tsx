import React from "@rbxts/react";
import { LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";
import { ErrorBoundary } from "client/ui/errors/error-boundary";
import { uiStateAtom } from "client/state/local-state";
import { useAtom } from "client/ui/hooks/use-atom";
import { leaderboardsAtom, ownLeaderboardsAtom } from "client/leaderboards/leaderboard-state";
import { LeaderboardPanel, LeaderboardPanelProps } from "./leaderboard-panel";
import { selectBoard, selectedBoardAtom, selectedSeasonAtom, selectSeason } from "./panel-selection";
import { WorldBoard } from "./world-board";

export interface LeaderboardsAppProps {
	readonly userId: number;
	readonly playerName: string;
	/** The part each board is shown on (undefined: not in the world). */
	readonly partFor: (board: string) => BasePart | undefined;
}

function shownBoard(props: LeaderboardPanelProps) {
	const name = props.selectedBoard ?? props.state?.order[0];
	return name !== undefined ? [props.state?.boards[name], props.own?.[name]] : [];
}

/**
 * The panel shows one board: it renders again when that board, the player's entry on it, the selection or the list of
 * boards changes, not when another board is published (the other tabs show only titles, which never change). The
 * synced state keeps an unchanged board's identity across patches.
 */
const ShownBoardPanel = React.memo(LeaderboardPanel, (before, after) => {
	const [previousBoard, previousOwn] = shownBoard(before);
	const [nextBoard, nextOwn] = shownBoard(after);
	return (
		previousBoard === nextBoard &&
		previousOwn === nextOwn &&
		before.state?.order === after.state?.order &&
		before.selectedBoard === after.selectedBoard &&
		before.selectedSeason === after.selectedSeason &&
		before.userId === after.userId &&
		before.playerName === after.playerName
	);
});

/** Everything the leaderboards draw: the panel while the HUD's Boards button has it open, and one board per part. */
export function LeaderboardsApp(props: LeaderboardsAppProps) {
	const panelOpen = useAtom(uiStateAtom).openPanel === "leaderboards";
	const state: LeaderboardsState | undefined = useAtom(leaderboardsAtom);
	const own: OwnLeaderboards | undefined = useAtom(ownLeaderboardsAtom);
	const selectedBoard = useAtom(selectedBoardAtom);
	const selectedSeason = useAtom(selectedSeasonAtom);
	// One board per part, keyed by the board's name.
	const boards: Record<string, React.Element> = {};
	for (const name of state?.order ?? []) {
		const part = props.partFor(name);
		const board = state?.boards[name];
		if (part === undefined || board === undefined) continue;
		boards[name] = (
			<WorldBoard
				board={board}
				part={part}
				own={own?.[name]}
				userId={props.userId}
				playerName={props.playerName}
			/>
		);
	}
	return (
		<>
			{panelOpen && (
				<ErrorBoundary key="Leaderboards" region="Leaderboards">
					<ShownBoardPanel
						state={state}
						own={own}
						userId={props.userId}
						playerName={props.playerName}
						selectedBoard={selectedBoard}
						selectedSeason={selectedSeason}
						onSelectBoard={selectBoard}
						onSelectSeason={selectSeason}
					/>
				</ErrorBoundary>
			)}
			<ErrorBoundary key="WorldBoards" region="WorldBoards">
				{boards}
			</ErrorBoundary>
		</>
	);
}
