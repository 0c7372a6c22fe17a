import React from "@rbxts/react";
import { CreateReactStory, Number } from "@rbxts/ui-labs";
import { DiagnosticsPanel } from "client/ui/components/diagnostics/diagnostics-panel";
import { MOCK_REPORT, noop } from "stories/mocks/player.mock";
import { REACT } from "stories/react";

/** A degraded health report, some seconds old. */
export = CreateReactStory({ ...REACT, controls: { ageSeconds: Number(2, 0) } }, (props) => (
	<DiagnosticsPanel
		key="DiagnosticsPanel"
		report={MOCK_REPORT}
		serverTime={() => MOCK_REPORT.generatedAt + props.controls.ageSeconds}
		onForceSync={noop}
		onClose={noop}
	/>
));
