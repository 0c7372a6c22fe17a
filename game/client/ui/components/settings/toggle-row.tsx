import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { Button } from "../button";
import { Row } from "../row";
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
	const localiser = useLocaliser();
	return (
		<Row layoutOrder={props.layoutOrder} caption={props.label} captionWidth={0.55}>
			<Button
				key={props.name}
				text={localiser.text(props.value ? "Settings.On" : "Settings.Off")}
				onClick={() => props.onToggle(!props.value)}
				position={UDim2.fromScale(0.73, 0.12)}
				size={UDim2.fromScale(0.24, 0.76)}
				color={props.value ? THEME.ok : THEME.buttonMuted}
			/>
		</Row>
	);
}
