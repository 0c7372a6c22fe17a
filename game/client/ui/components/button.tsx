import React, { useMemo, useRef } from "@rbxts/react";
import { useTouchScreen } from "client/ui/hooks/use-touch-screen";
import { THEME } from "./theme";

export interface ButtonProps {
	readonly text: string;
	readonly onClick: () => void;
	readonly size?: UDim2;
	readonly position?: UDim2;
	readonly anchorPoint?: Vector2;
	readonly layoutOrder?: number;
	readonly color?: Color3;
}

/**
 * A text button; the element's key becomes its Name. Every button in the UI goes through here, so every one is at
 * least THEME.touchTarget square on a touch screen and keeps its own size under a mouse.
 */
export function Button(props: ButtonProps) {
	const touch = useTouchScreen();
	// One connection for the button's life: the handler calls the latest onClick, so a new closure on every render of
	// the parent does not reconnect the event.
	const onClick = useRef(props.onClick);
	onClick.current = props.onClick;
	const activated = useMemo(() => ({ Activated: () => onClick.current() }), []);
	return (
		<textbutton
			Event={activated}
			Text={props.text}
			Size={props.size ?? UDim2.fromScale(1, 1)}
			Position={props.position}
			AnchorPoint={props.anchorPoint}
			LayoutOrder={props.layoutOrder}
			BackgroundColor3={props.color ?? THEME.button}
			TextColor3={THEME.text}
			Font={THEME.boldFont}
			TextScaled={true}
			AutoButtonColor={true}
		>
			<uicorner CornerRadius={THEME.corner} />
			<uipadding
				PaddingTop={new UDim(0.15, 0)}
				PaddingBottom={new UDim(0.15, 0)}
				PaddingLeft={new UDim(0, 6)}
				PaddingRight={new UDim(0, 6)}
			/>
			<uitextsizeconstraint MaxTextSize={20} />
			{touch && <uisizeconstraint MinSize={new Vector2(THEME.touchTarget, THEME.touchTarget)} />}
		</textbutton>
	);
}
