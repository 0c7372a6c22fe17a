import React, { useEffect, useRef } from "@rbxts/react";
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

/** Roblox's GuiButton.Activated, or undefined where the engine has none. */
function activatedSignal(button: TextButton): RBXScriptSignal | undefined {
	const [ok, signal] = pcall(() => button.Activated);
	return ok ? (signal as RBXScriptSignal) : undefined;
}

/**
 * A text button; the element's key becomes its Name. Every button in the UI goes through here, so clicks are wired
 * in one place: by hand rather than with React's `Event` prop, because the headless engine has no GuiButton events
 * yet and the prop would throw while rendering there. In Studio and live games Activated is always connected; under
 * the engine the button renders but cannot be clicked, and specs call the same actions directly.
 */
export function Button(props: ButtonProps) {
	const ref = useRef<TextButton>();
	const onClick = useRef(props.onClick);
	onClick.current = props.onClick;
	useEffect(() => {
		const button = ref.current;
		const signal = button !== undefined ? activatedSignal(button) : undefined;
		if (signal === undefined) return;
		const connection = signal.Connect(() => onClick.current());
		return () => connection.Disconnect();
	}, []);
	return (
		<textbutton
			ref={ref}
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
		</textbutton>
	);
}
