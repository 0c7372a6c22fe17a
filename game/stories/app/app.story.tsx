import { Choose, Boolean, CreateReactStory } from "@rbxts/ui-labs";
import { PanelName } from "client/ui/components/hud/menu-buttons";
import { mockApp, mockSources } from "stories/mocks/app.mock";
import { REACT } from "stories/react";

const PANELS: PanelName[] = [
	"settings",
	"none",
	"leaderboards",
	// demo:begin
	"shop",
	// demo:end
	"diagnostics",
];

/** The whole UI on mock sources: loaded (the HUD and the chosen panel) or still loading. */
export = CreateReactStory(
	{
		...REACT,
		summary: "The whole UI: the HUD and one panel, or the loading screen",
		controls: {
			loaded: Boolean(true),
			panel: Choose(PANELS),
		},
	},
	(props) => mockApp(mockSources(props.controls.loaded, props.controls.panel)),
);
