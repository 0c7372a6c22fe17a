import React from "@rbxts/react";
import { Button } from "../button";
import { THEME } from "../theme";

export interface ToggleRowProps {
	readonly label: string;
	/** Names the button ("<name>", showing "On" or "Off"). */
	readonly name: string;
	readonly value: boolean;
	readonly layoutOrder: number;
	readonly onToggle: (value: boolean) => void;
}

/** A yes/no setting: a caption and an On/Off button that flips it. */
export function ToggleRow(props: ToggleRowProps) {
	return (
		<frame
			LayoutOrder={props.layoutOrder}
			Size={new UDim2(1, -8, 0, 44)}
			BackgroundColor3={THEME.row}
			BorderSizePixel={0}
		>
			<uicorner CornerRadius={THEME.corner} />
			<textlabel
				key="Caption"
				Text={props.label}
				Position={UDim2.fromScale(0.04, 0.15)}
				Size={UDim2.fromScale(0.55, 0.7)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={THEME.font}
				TextScaled={true}
				TextXAlignment={Enum.TextXAlignment.Left}
			/>
			<Button
				key={props.name}
				text={props.value ? "On" : "Off"}
				onClick={() => props.onToggle(!props.value)}
				position={UDim2.fromScale(0.73, 0.12)}
				size={UDim2.fromScale(0.24, 0.76)}
				color={props.value ? THEME.ok : THEME.buttonMuted}
			/>
		</frame>
	);
}
