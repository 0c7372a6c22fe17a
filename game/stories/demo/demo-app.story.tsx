import { Boolean, Choose, CreateReactStory } from "@rbxts/ui-labs";
import { PanelName } from "client/ui/panel-actions";
import { mockApp } from "stories/mocks/app.mock";
import { REACT } from "stories/react";
import { demoMockSources } from "./demo.mock";

const PANELS: PanelName[] = ["none", "shop", "settings"];

/** The whole UI with the demo's round on the HUD and its shop among the panels. */
export = CreateReactStory(
	{
		...REACT,
		summary: "The whole UI with the demo: its round on the HUD, its shop among the panels",
		controls: { loaded: Boolean(true), panel: Choose(PANELS) },
	},
	(props) => mockApp(demoMockSources(props.controls.loaded, props.controls.panel)),
);
