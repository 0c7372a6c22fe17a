import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { Button } from "../button";
import { Row } from "../row";
import { ROW_TEXT_SIZE, THEME } from "../theme";

export const VOLUME_STEP = 0.1;

export interface VolumeRowProps {
	readonly label: string;
	/** Names the value label ("<name>", e.g. "50%") and its buttons ("<name>Down", "<name>Up"). */
	readonly name: string;
	readonly value: number;
	readonly layoutOrder: number;
	/** Called with -VOLUME_STEP or +VOLUME_STEP. */
	readonly onStep: (delta: number) => void;
}

/** A 0..1 setting shown as a percentage, stepped by tenths with - and + buttons. */
export function VolumeRow(props: VolumeRowProps) {
	const localiser = useLocaliser();
	return (
		<Row layoutOrder={props.layoutOrder} caption={props.label} captionWidth={0.4}>
			<Button
				key={`${props.name}Down`}
				text={localiser.text("Settings.Decrease")}
				onClick={() => props.onStep(-VOLUME_STEP)}
				position={UDim2.fromScale(0.5, 0.12)}
				size={UDim2.fromScale(0.12, 0.76)}
				color={THEME.buttonMuted}
			/>
			<textlabel
				key={props.name}
				Text={localiser.percent(props.value)}
				Position={UDim2.fromScale(0.63, 0.15)}
				Size={UDim2.fromScale(0.2, 0.7)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={THEME.boldFont}
				TextScaled={true}
			>
				<uitextsizeconstraint MaxTextSize={ROW_TEXT_SIZE} />
			</textlabel>
			<Button
				key={`${props.name}Up`}
				text={localiser.text("Settings.Increase")}
				onClick={() => props.onStep(VOLUME_STEP)}
				position={UDim2.fromScale(0.84, 0.12)}
				size={UDim2.fromScale(0.12, 0.76)}
				color={THEME.buttonMuted}
			/>
		</Row>
	);
}
