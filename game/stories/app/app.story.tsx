import { Choose, Boolean, CreateReactStory } from "@rbxts/ui-labs";
import { PanelName } from "client/ui/panel-actions";
import { mockApp, mockSources } from "stories/mocks/app.mock";
import { REACT } from "stories/react";

const PANELS: PanelName[] = ["settings", "none", "leaderboards", "diagnostics"];

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
