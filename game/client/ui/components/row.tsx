import React from "@rbxts/react";
import { useTouchScreen } from "client/ui/hooks/use-touch-screen";
import { ROW_TEXT_SIZE, THEME } from "./theme";

export interface RowProps {
	readonly layoutOrder: number;
	readonly caption: string;
	/** The caption label's Name (specs find labels by name). */
	readonly captionName?: string;
	/** The caption's share of the row's width. */
	readonly captionWidth: number;
	readonly bold?: boolean;
	readonly children?: React.ReactNode;
}

/**
 * A list row: rounded background, a caption on the left, and whatever the caller puts on the right. Taller on a touch
 * screen, so the row's thumb-sized buttons sit inside it with room around them.
 */
export function Row(props: RowProps) {
	const touch = useTouchScreen();
	return (
		<frame
			LayoutOrder={props.layoutOrder}
			Size={new UDim2(1, -8, 0, touch ? THEME.touchTarget + 12 : 44)}
			BackgroundColor3={THEME.row}
			BorderSizePixel={0}
		>
			<uicorner CornerRadius={THEME.corner} />
			<textlabel
				key={props.captionName ?? "Caption"}
				Text={props.caption}
				Position={UDim2.fromScale(0.04, 0.15)}
				Size={UDim2.fromScale(props.captionWidth, 0.7)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={props.bold ? THEME.boldFont : THEME.font}
				TextScaled={true}
				TextXAlignment={Enum.TextXAlignment.Left}
			>
				<uitextsizeconstraint MaxTextSize={ROW_TEXT_SIZE} />
			</textlabel>
			{props.children}
		</frame>
	);
}
