import React from "@rbxts/react";
import { SystemHealth } from "shared/integration/health";
import { useLocaliser } from "client/localisation/use-localiser";
import { statusColor, THEME } from "../theme";

export interface SystemRowProps {
	readonly system: SystemHealth;
	readonly layoutOrder: number;
}

/** "name: value" pairs in name order, so the line does not reshuffle between reports. */
export function statsText(stats: Readonly<Record<string, number | string>>): string {
	const names: string[] = [];
	for (const [name] of pairs(stats)) names.push(name);
	names.sort();
	return names.map((name) => `${name}: ${stats[name]}`).join("   ");
}

function line(key: string, text: string, color: Color3, layoutOrder: number, bold = false) {
	return (
		<textlabel
			key={key}
			Text={text}
			LayoutOrder={layoutOrder}
			Size={new UDim2(1, 0, 0, 18)}
			AutomaticSize={Enum.AutomaticSize.Y}
			BackgroundTransparency={1}
			TextColor3={color}
			Font={bold ? THEME.boldFont : THEME.font}
			TextSize={bold ? 18 : 14}
			TextWrapped={true}
			TextXAlignment={Enum.TextXAlignment.Left}
		/>
	);
}

/** One system of the health report: "SystemStatus", its "SystemReasons" and "SystemStats". */
export function SystemRow(props: SystemRowProps) {
	const { system } = props;
	const localiser = useLocaliser();
	// The system's name, reasons and stats are the server's own words for admins: shown as given, inside the table's
	// strings.
	return (
		<frame
			LayoutOrder={props.layoutOrder}
			Size={new UDim2(1, -8, 0, 0)}
			AutomaticSize={Enum.AutomaticSize.Y}
			BackgroundColor3={THEME.row}
			BorderSizePixel={0}
		>
			<uicorner CornerRadius={THEME.corner} />
			<uipadding
				PaddingTop={new UDim(0, 6)}
				PaddingBottom={new UDim(0, 6)}
				PaddingLeft={new UDim(0, 10)}
				PaddingRight={new UDim(0, 10)}
			/>
			<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} Padding={new UDim(0, 2)} />
			{line("SystemName", localiser.text("Diagnostics.System", { name: system.name }), THEME.text, 0, true)}
			{line("SystemStatus", localiser.text(`Health.${system.status}`), statusColor(system.status), 1, true)}
			{line(
				"SystemReasons",
				system.reasons.size() > 0
					? localiser.text("Diagnostics.Reasons", { reasons: system.reasons.join("; ") })
					: localiser.text("Diagnostics.NoProblems"),
				THEME.mutedText,
				2,
			)}
			{line(
				"SystemStats",
				localiser.text("Diagnostics.Stats", { stats: statsText(system.stats) }),
				THEME.mutedText,
				3,
			)}
		</frame>
	);
}
