import React, { useState } from "@rbxts/react";
import { HealthReport } from "shared/integration/health";
import { useLocaliser } from "client/localisation/use-localiser";
import { untilAgeTicks, useClock } from "client/ui/hooks/use-clock";
import { useTouchScreen } from "client/ui/hooks/use-touch-screen";
import { Button } from "../button";
import { Panel } from "../panel";
import { statusColor, THEME } from "../theme";
import { SystemRow } from "./system-row";

export interface DiagnosticsPanelProps {
	readonly report: HealthReport;
	/** The server's clock in Unix seconds, for the report's age. */
	readonly serverTime: () => number;
	/** Flush the sync and leaderboards and save every profile (the server checks the player is an admin). */
	readonly onForceSync: () => void;
	readonly onClose: () => void;
}

/**
 * The admins' live health report: the overall grade ("DiagnosticsOverall"), how old the report is
 * ("DiagnosticsAge"), one row per system ("System_<name>") and the "ForceSync" button, which says "Requested" until a
 * newer report arrives.
 */
export function DiagnosticsPanel(props: DiagnosticsPanelProps) {
	const { report } = props;
	const localiser = useLocaliser();
	const [requestedAt, setRequestedAt] = useState<number | undefined>(undefined);
	const touch = useTouchScreen();
	const age = useClock(
		() => math.max(0, math.floor(props.serverTime() - report.generatedAt)),
		() => untilAgeTicks(report.generatedAt, props.serverTime()),
		[report.generatedAt],
	);
	const pending = requestedAt !== undefined && report.generatedAt < requestedAt;
	const rows: Record<string, React.Element> = {};
	report.systems.forEach((system, index) => {
		rows[`System_${system.name}`] = <SystemRow system={system} layoutOrder={2 + index} />;
	});
	return (
		<Panel title={localiser.text("Diagnostics.Title")} onClose={props.onClose}>
			<frame
				key="Summary"
				LayoutOrder={0}
				Size={new UDim2(1, -8, 0, touch ? THEME.touchTarget + 4 : 40)}
				BackgroundTransparency={1}
			>
				<textlabel
					key="DiagnosticsOverall"
					Text={localiser.text("Diagnostics.Overall", { status: localiser.text(`Health.${report.overall}`) })}
					Size={UDim2.fromScale(0.4, 1)}
					BackgroundTransparency={1}
					TextColor3={statusColor(report.overall)}
					Font={THEME.boldFont}
					TextScaled={true}
					TextXAlignment={Enum.TextXAlignment.Left}
				/>
				<textlabel
					key="DiagnosticsAge"
					Text={age.map((seconds) =>
						localiser.text("Diagnostics.Age", { seconds: localiser.number(seconds) }),
					)}
					Position={UDim2.fromScale(0.4, 0.2)}
					Size={UDim2.fromScale(0.3, 0.6)}
					BackgroundTransparency={1}
					TextColor3={THEME.mutedText}
					Font={THEME.font}
					TextScaled={true}
				/>
				<Button
					key="ForceSync"
					text={localiser.text(pending ? "Diagnostics.Requested" : "Diagnostics.ForceSync")}
					onClick={() => {
						setRequestedAt(props.serverTime());
						props.onForceSync();
					}}
					position={UDim2.fromScale(0.72, 0.05)}
					size={UDim2.fromScale(0.28, 0.9)}
					color={pending ? THEME.buttonMuted : THEME.failing}
				/>
			</frame>
			{rows}
		</Panel>
	);
}
