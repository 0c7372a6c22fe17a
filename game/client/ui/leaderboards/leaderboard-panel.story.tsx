import React from "@rbxts/react";
import { LeaderboardsState, OwnLeaderboards } from "shared/leaderboards/view";
import { noop } from "client/ui/stories/mock-data";
import { LeaderboardPanel } from "./leaderboard-panel";
import {
	MOCK_EMPTY,
	MOCK_LEADERBOARDS,
	MOCK_LOADING,
	MOCK_OUTSIDER,
	MOCK_OUTSIDER_OWN,
	MOCK_SEASONS,
	MOCK_VIEWER,
	MOCK_VIEWER_OWN,
} from "./mock-leaderboards";

function panel(
	state: LeaderboardsState | undefined,
	viewer: { userId: number; name: string },
	own: OwnLeaderboards | undefined,
	selectedSeason?: string,
) {
	return (
		<LeaderboardPanel
			key="LeaderboardPanel"
			state={state}
			own={own}
			userId={viewer.userId}
			playerName={viewer.name}
			selectedSeason={selectedSeason}
			onSelectBoard={noop}
			onSelectSeason={noop}
		/>
	);
}

/** The weekly Points board, loaded, with the viewer fifth: their row highlighted in the top. */
export function story() {
	return panel(MOCK_LEADERBOARDS, MOCK_VIEWER, MOCK_VIEWER_OWN);
}

/** A viewer far below the top: their own row pinned under it, ranked "100+". */
export function pinnedStory() {
	return panel(MOCK_LEADERBOARDS, MOCK_OUTSIDER, MOCK_OUTSIDER_OWN);
}

/** Synced, before the server's first read of the boards. */
export function loadingStory() {
	return panel(MOCK_LOADING, MOCK_VIEWER, undefined);
}

/** Read, and nobody has scored this season yet. */
export function emptyStory() {
	return panel(MOCK_EMPTY, MOCK_VIEWER, undefined);
}

/** Last week's snapshot selected in the season switcher: its rows, not the live ones. */
export function pastSeasonStory() {
	return panel(MOCK_LEADERBOARDS, MOCK_VIEWER, MOCK_VIEWER_OWN, MOCK_SEASONS.lastWeek);
}
