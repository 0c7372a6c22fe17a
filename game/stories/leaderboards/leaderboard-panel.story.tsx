import React from "@rbxts/react";
import { CreateReactStory, EnumList } from "@rbxts/ui-labs";
import { LeaderboardPanel } from "client/ui/leaderboards/leaderboard-panel";
import {
	MOCK_EMPTY,
	MOCK_LEADERBOARDS,
	MOCK_LOADING,
	MOCK_OUTSIDER,
	MOCK_OUTSIDER_OWN,
	MOCK_SEASONS,
	MOCK_VIEWER,
	MOCK_VIEWER_OWN,
} from "stories/mocks/leaderboards.mock";
import { noop } from "stories/mocks/player.mock";
import { REACT } from "stories/react";

/** What the boards hold: read and ranked, synced before the server's first read, or read with nobody scored yet. */
const STATES = { loaded: MOCK_LEADERBOARDS, loading: MOCK_LOADING, empty: MOCK_EMPTY };

/** Who looks: a viewer fifth in the top, or one far below it (their own row pinned under the top as "100+"). */
const VIEWERS = {
	inTop: { ...MOCK_VIEWER, own: MOCK_VIEWER_OWN },
	pinned: { ...MOCK_OUTSIDER, own: MOCK_OUTSIDER_OWN },
};

/** The season switcher's choice: the live season or a past season's snapshot. */
const SEASONS = {
	current: MOCK_SEASONS.current,
	lastWeek: MOCK_SEASONS.lastWeek,
	twoWeeksAgo: MOCK_SEASONS.twoWeeksAgo,
};

/** The leaderboard panel: tabs per board, the season switcher and the rows. */
export = CreateReactStory(
	{
		...REACT,
		controls: {
			state: EnumList(STATES, "loaded"),
			viewer: EnumList(VIEWERS, "inTop"),
			season: EnumList(SEASONS, "current"),
		},
	},
	(props) => {
		const { state, viewer, season } = props.controls;
		return (
			<LeaderboardPanel
				key="LeaderboardPanel"
				state={state}
				own={state === MOCK_LEADERBOARDS ? viewer.own : undefined}
				userId={viewer.userId}
				playerName={viewer.name}
				selectedSeason={season}
				onSelectBoard={noop}
				onSelectSeason={noop}
			/>
		);
	},
);
