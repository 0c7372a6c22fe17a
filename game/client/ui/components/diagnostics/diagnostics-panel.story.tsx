import React from "@rbxts/react";
import { MOCK_NOW, MOCK_REPORT, noop } from "client/ui/stories/mock-data";
import { DiagnosticsPanel } from "./diagnostics-panel";

/** A degraded report, two seconds old. */
export function story() {
	return (
		<DiagnosticsPanel
			key="DiagnosticsPanel"
			report={MOCK_REPORT}
			serverTime={() => MOCK_NOW}
			onForceSync={noop}
			onClose={noop}
		/>
	);
}
