import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { THEME } from "./theme";

export interface LoadingScreenProps {
	/** What is still on its way: the player's data or the game's. */
	readonly waitingFor?: "data" | "game";
}

/** Covers the screen until the player's data and the game data have arrived. */
export function LoadingScreen(props: LoadingScreenProps) {
	const localiser = useLocaliser();
	return (
		<frame Size={UDim2.fromScale(1, 1)} BackgroundColor3={THEME.background} BorderSizePixel={0} ZIndex={10}>
			<textlabel
				key="LoadingTitle"
				Text={localiser.text("Loading.Title")}
				AnchorPoint={new Vector2(0.5, 1)}
				Position={UDim2.fromScale(0.5, 0.48)}
				Size={UDim2.fromScale(0.6, 0.12)}
				BackgroundTransparency={1}
				TextColor3={THEME.accent}
				Font={THEME.boldFont}
				TextScaled={true}
				ZIndex={11}
			>
				<uitextsizeconstraint MaxTextSize={64} />
			</textlabel>
			<textlabel
				key="LoadingText"
				Text={localiser.text(
					props.waitingFor === "data"
						? "Loading.Data"
						: props.waitingFor === "game"
							? "Loading.Game"
							: "Loading.Any",
				)}
				AnchorPoint={new Vector2(0.5, 0)}
				Position={UDim2.fromScale(0.5, 0.52)}
				Size={UDim2.fromScale(0.6, 0.05)}
				BackgroundTransparency={1}
				TextColor3={THEME.mutedText}
				Font={THEME.font}
				TextScaled={true}
				ZIndex={11}
			>
				<uitextsizeconstraint MaxTextSize={24} />
			</textlabel>
		</frame>
	);
}
