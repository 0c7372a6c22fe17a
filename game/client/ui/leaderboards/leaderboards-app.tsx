import React from "@rbxts/react";
import { LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";
import { useAtom } from "client/ui/hooks/use-atom";
import {
	leaderboardsAtom,
	ownLeaderboardsAtom,
	selectBoard,
	selectedBoardAtom,
	selectedSeasonAtom,
	selectSeason,
} from "client/leaderboards/leaderboard-state";
import { LeaderboardPanel } from "./leaderboard-panel";
import { WorldBoard } from "./world-board";

export interface LeaderboardsAppProps {
	readonly userId: number;
	readonly playerName: string;
	/** The part each board is shown on (undefined: not in the world). */
	readonly partFor: (board: string) => BasePart | undefined;
}

/** Everything the leaderboards draw: the HUD panel and one in-world board per part. */
export function LeaderboardsApp(props: LeaderboardsAppProps) {
	const state: LeaderboardsState | undefined = useAtom(leaderboardsAtom);
	const own: OwnLeaderboards | undefined = useAtom(ownLeaderboardsAtom);
	const selectedBoard = useAtom(selectedBoardAtom);
	const selectedSeason = useAtom(selectedSeasonAtom);
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
			<LeaderboardPanel
				state={state}
				own={own}
				userId={props.userId}
				playerName={props.playerName}
				selectedBoard={selectedBoard}
				selectedSeason={selectedSeason}
				onSelectBoard={selectBoard}
				onSelectSeason={selectSeason}
			/>
			{boards}
		</>
	);
}
