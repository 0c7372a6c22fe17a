import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { Button } from "./button";
import { THEME } from "./theme";

export interface PanelProps {
	readonly title: string;
	readonly onClose: () => void;
	readonly children?: React.ReactNode;
}

/**
 * A centred window with a title and a close button (named "Close"); the element's key becomes its Name. Sized by
 * scale, within pixel bounds, so it fits a phone and does not sprawl on a monitor. Children go in "Body", laid out
 * top to bottom by LayoutOrder.
 */
export function Panel(props: PanelProps) {
	const localiser = useLocaliser();
	return (
		<frame
			AnchorPoint={new Vector2(0.5, 0.5)}
			Position={UDim2.fromScale(0.5, 0.5)}
			Size={UDim2.fromScale(0.6, 0.7)}
			BackgroundColor3={THEME.panel}
			BorderSizePixel={0}
		>
			<uisizeconstraint MinSize={new Vector2(280, 240)} MaxSize={new Vector2(560, 520)} />
			<uicorner CornerRadius={THEME.corner} />
			<textlabel
				key="Title"
				Text={props.title}
				Size={new UDim2(1, -56, 0, 36)}
				Position={new UDim2(0, 12, 0, 6)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={THEME.boldFont}
				TextScaled={true}
				TextXAlignment={Enum.TextXAlignment.Left}
			>
				{/* A heading, not a banner: on a phone's short screen the rows need the room. */}
				<uitextsizeconstraint MaxTextSize={28} />
			</textlabel>
			<Button
				key="Close"
				text={localiser.text("Panel.Close")}
				onClick={props.onClose}
				size={new UDim2(0, 36, 0, 36)}
				// Held by its top-right corner, so a close button grown for a thumb stays inside the panel.
				anchorPoint={new Vector2(1, 0)}
				position={new UDim2(1, -6, 0, 6)}
				color={THEME.buttonMuted}
			/>
			<scrollingframe
				key="Body"
				Position={new UDim2(0, 12, 0, 50)}
				Size={new UDim2(1, -24, 1, -62)}
				BackgroundTransparency={1}
				BorderSizePixel={0}
				CanvasSize={new UDim2()}
				AutomaticCanvasSize={Enum.AutomaticSize.Y}
				ScrollBarThickness={6}
			>
				<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} Padding={new UDim(0, 6)} />
				{props.children}
			</scrollingframe>
		</frame>
	);
}
