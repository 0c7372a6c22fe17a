import React from "@rbxts/react";
import { Boolean, CreateReactStory, Number } from "@rbxts/ui-labs";
import { RoundInfo } from "client/demo/ui/round-info";
import { MOCK_NOW } from "stories/mocks/player.mock";
import { REACT } from "stories/react";
import { MOCK_ROUND } from "./demo.mock";

/** The demo's round on the HUD: its phase and the time left, on the stories' clock. */
export = CreateReactStory(
	{
		...REACT,
		controls: { secondsLeft: Number(MOCK_ROUND.endsAt - MOCK_NOW, 0), showTimer: Boolean(true) },
	},
	(props) => (
		<RoundInfo
			key="Round"
			round={{ ...MOCK_ROUND, endsAt: MOCK_NOW + props.controls.secondsLeft }}
			serverTime={() => MOCK_NOW}
			showTimer={props.controls.showTimer}
		/>
	),
);
