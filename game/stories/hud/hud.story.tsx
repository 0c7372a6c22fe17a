import React from "@rbxts/react";
import { Boolean, CreateReactStory, Number, String } from "@rbxts/ui-labs";
import { Hud } from "client/ui/components/hud/hud";
import { FRAMEWORK_PANELS } from "client/ui/ui-registry";
import { MOCK_PLAYER, noop } from "stories/mocks/player.mock";
import { REACT } from "stories/react";

/** The HUD with a reward and an error toast, the admins' Health button. */
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
			menu={FRAMEWORK_PANELS}
			showDiagnostics={props.controls.admin}
			onOpen={noop}
		/>
	),
);
