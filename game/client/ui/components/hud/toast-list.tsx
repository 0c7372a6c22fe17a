import React from "@rbxts/react";
import { Toast } from "client/ui/hooks/use-toasts";
import { THEME } from "../theme";

export interface ToastListProps {
	readonly toasts: ReadonlyArray<Toast>;
}

/**
 * Rewards and refusals, bottom centre, newest at the bottom. Each toast is a frame "Toast_<id>" holding a TextLabel
 * named "RewardToast" or "ErrorToast".
 */
function ToastListView(props: ToastListProps) {
	const toasts: Record<string, React.Element> = {};
	props.toasts.forEach((toast, index) => {
		toasts[`Toast_${toast.id}`] = (
			<frame
				LayoutOrder={index}
				Size={UDim2.fromScale(1, 0.22)}
				BackgroundColor3={toast.kind === "error" ? THEME.error : THEME.reward}
				BorderSizePixel={0}
			>
				<uicorner CornerRadius={THEME.corner} />
				<textlabel
					key={toast.kind === "error" ? "ErrorToast" : "RewardToast"}
					Text={toast.text}
					Position={UDim2.fromScale(0.04, 0)}
					Size={UDim2.fromScale(0.92, 1)}
					BackgroundTransparency={1}
					TextColor3={THEME.text}
					Font={THEME.font}
					TextScaled={true}
				>
					<uitextsizeconstraint MaxTextSize={20} />
				</textlabel>
			</frame>
		);
	});
	return (
		<frame
			AnchorPoint={new Vector2(0.5, 1)}
			Position={new UDim2(0.5, 0, 1, -24)}
			Size={UDim2.fromScale(0.4, 0.25)}
			BackgroundTransparency={1}
		>
			<uisizeconstraint MinSize={new Vector2(240, 100)} MaxSize={new Vector2(460, 200)} />
			<uilistlayout
				SortOrder={Enum.SortOrder.LayoutOrder}
				VerticalAlignment={Enum.VerticalAlignment.Bottom}
				Padding={new UDim(0.03, 0)}
			/>
			{toasts}
		</frame>
	);
}

/** Memoized: the HUD renders again when the coins change, and the toasts follow only the toasts. */
export const ToastList = React.memo(ToastListView);
