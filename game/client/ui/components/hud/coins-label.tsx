import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { THEME } from "../theme";

export interface CoinsLabelProps {
	readonly coins: number;
}

/** The player's coins, top left: a caption and the amount (the TextLabel named "Coins", e.g. "1,250"). */
function CoinsLabelView(props: CoinsLabelProps) {
	const localiser = useLocaliser();
	return (
		<frame
			Position={new UDim2(0, 12, 0, 12)}
			Size={UDim2.fromScale(0.2, 0.08)}
			BackgroundColor3={THEME.panel}
			BackgroundTransparency={0.2}
			BorderSizePixel={0}
		>
			<uisizeconstraint MinSize={new Vector2(120, 40)} MaxSize={new Vector2(220, 56)} />
			<uicorner CornerRadius={THEME.corner} />
			<textlabel
				key="CoinsCaption"
				Text={localiser.text("Hud.Coins")}
				Position={UDim2.fromScale(0.05, 0)}
				Size={UDim2.fromScale(0.35, 1)}
				BackgroundTransparency={1}
				TextColor3={THEME.accent}
				Font={THEME.boldFont}
				TextScaled={true}
				TextXAlignment={Enum.TextXAlignment.Left}
			>
				<uitextsizeconstraint MaxTextSize={18} />
			</textlabel>
			<textlabel
				key="Coins"
				Text={localiser.number(props.coins)}
				Position={UDim2.fromScale(0.4, 0)}
				Size={UDim2.fromScale(0.55, 1)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={THEME.boldFont}
				TextScaled={true}
				TextXAlignment={Enum.TextXAlignment.Right}
			>
				<uitextsizeconstraint MaxTextSize={28} />
			</textlabel>
		</frame>
	);
}

/** Memoized: the HUD renders again when its toasts or menu change, and the coins label follows only the coins. */
export const CoinsLabel = React.memo(CoinsLabelView);
