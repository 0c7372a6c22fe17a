import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { useClock } from "client/ui/hooks/use-clock";
import { THEME } from "./theme";
import { loadingTip, TIP_SECONDS } from "./loading-tips";

export interface LoadingScreenProps {
	/** What is still on its way: the player's data or the game's. */
	readonly waitingFor?: "data" | "game";
	/** How much has arrived, 0 to 1. */
	readonly progress?: number;
}

// The bar never reads as empty: something is always under way.
const MIN_PROGRESS = 0.06;

const unixNow = () => DateTime.now().UnixTimestampMillis / 1000;

/** The bar under the title: a track, and a fill as long as what has arrived. */
function ProgressBar(props: { readonly progress: number }) {
	return (
		<frame
			key="LoadingBar"
			AnchorPoint={new Vector2(0.5, 0)}
			Position={UDim2.fromScale(0.5, 0.6)}
			Size={new UDim2(0.5, 0, 0, 10)}
			BackgroundColor3={THEME.row}
			BorderSizePixel={0}
			ZIndex={11}
		>
			<uisizeconstraint MaxSize={new Vector2(480, 10)} />
			<uicorner CornerRadius={new UDim(0, 5)} />
			<frame
				key="LoadingFill"
				Size={UDim2.fromScale(math.clamp(props.progress, MIN_PROGRESS, 1), 1)}
				BackgroundColor3={THEME.accent}
				BorderSizePixel={0}
				ZIndex={12}
			>
				<uicorner CornerRadius={new UDim(0, 5)} />
			</frame>
		</frame>
	);
}

/**
 * Covers the screen until the player's data and the game data have arrived: the place's name, what it is waiting
 * for, a bar of what has arrived and a tip that changes every few seconds. The world shows dimmed behind it, as the
 * place's own backdrop.
 */
export function LoadingScreen(props: LoadingScreenProps) {
	const localiser = useLocaliser();
	const tip = useClock(
		() => loadingTip(unixNow()),
		() => TIP_SECONDS - (unixNow() % TIP_SECONDS),
		[],
	);
	return (
		<frame
			Size={UDim2.fromScale(1, 1)}
			BackgroundColor3={THEME.background}
			BackgroundTransparency={0.08}
			BorderSizePixel={0}
			ZIndex={10}
		>
			<textlabel
				key="LoadingTitle"
				Text={localiser.text("Loading.Title")}
				AnchorPoint={new Vector2(0.5, 1)}
				Position={UDim2.fromScale(0.5, 0.48)}
				Size={UDim2.fromScale(0.6, 0.16)}
				BackgroundTransparency={1}
				TextColor3={THEME.accent}
				Font={THEME.boldFont}
				TextScaled={true}
				ZIndex={11}
			>
				<uitextsizeconstraint MaxTextSize={96} />
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
				Position={UDim2.fromScale(0.5, 0.5)}
				Size={UDim2.fromScale(0.6, 0.07)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={THEME.font}
				TextScaled={true}
				ZIndex={11}
			>
				<uitextsizeconstraint MaxTextSize={28} />
			</textlabel>
			<ProgressBar progress={props.progress ?? 0} />
			<textlabel
				key="LoadingTip"
				Text={tip.map((key) => localiser.text(key))}
				AnchorPoint={new Vector2(0.5, 1)}
				Position={new UDim2(0.5, 0, 1, -24)}
				Size={new UDim2(0.8, 0, 0, 48)}
				BackgroundTransparency={1}
				TextColor3={THEME.mutedText}
				Font={THEME.font}
				TextScaled={true}
				ZIndex={11}
			>
				<uitextsizeconstraint MaxTextSize={22} />
			</textlabel>
		</frame>
	);
}
