import React from "@rbxts/react";
import { Choose, CreateReactStory } from "@rbxts/ui-labs";
import { LoadingScreen } from "client/ui/components/loading-screen";
import { REACT } from "stories/react";

/** The loading screen while the player's data or the game's is on its way. */
export = CreateReactStory({ ...REACT, controls: { waitingFor: Choose(["data", "game"]) } }, (props) => (
	<LoadingScreen key="LoadingScreen" waitingFor={props.controls.waitingFor} />
));
