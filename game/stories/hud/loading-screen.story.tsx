import React from "@rbxts/react";
import { CreateReactStory, String } from "@rbxts/ui-labs";
import { LoadingScreen } from "client/ui/components/loading-screen";
import { REACT } from "stories/react";

/** The loading screen while something is on its way. */
export = CreateReactStory({ ...REACT, controls: { waitingFor: String("your data") } }, (props) => (
	<LoadingScreen key="LoadingScreen" waitingFor={props.controls.waitingFor} />
));
