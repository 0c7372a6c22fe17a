import React from "@rbxts/react";
import { Boolean, CreateReactStory, Number, String } from "@rbxts/ui-labs";
import { Hud } from "client/ui/components/hud/hud";
import { MOCK_PLAYER, noop } from "stories/mocks/player.mock";
import { REACT } from "stories/react";
// demo:begin
import { RoundInfo } from "client/ui/components/hud/round-info";
import { MOCK_NOW, MOCK_ROUND } from "stories/mocks/player.mock";
// demo:end

/** The HUD with a reward and an error toast, the admins' Health button (and the demo's round, mid-round). */
export = CreateReactStory(
	{
		...REACT,
		controls: {
			coins: Number(MOCK_PLAYER.coins, 0),
			admin: Boolean(true),
			reward: String("+20 coins: collected"),
			refusal: String("Halo costs 5000 coins"),
		},
	},
	(props) => (
		<Hud
			key="Hud"
			coins={props.controls.coins}
			toasts={[
				{ id: 1, kind: "reward", text: props.controls.reward },
				{ id: 2, kind: "error", text: props.controls.refusal },
			]}
			openPanel="none"
			showDiagnostics={props.controls.admin}
			onOpen={noop}
		>
			{/* The game's own HUD items. */}
			{/* demo:begin */}
			<RoundInfo key="Round" round={MOCK_ROUND} serverTime={() => MOCK_NOW} showTimer={true} />
			{/* demo:end */}
		</Hud>
	),
);
