import React from "@rbxts/react";
import { RoundState } from "shared/demo/round-rules";
import { useLocaliser } from "client/localisation/use-localiser";
import { THEME } from "client/ui/components/theme";
import { secondsLeft } from "client/ui/format";
import { untilCountdownTicks, useClock } from "client/ui/hooks/use-clock";
import { roundLabel } from "./round-label";

/** What the HUD shows of a round: not its scores, which change with every collect. */
export type RoundClock = Pick<RoundState, "phase" | "number" | "endsAt">;

export interface RoundInfoProps {
	readonly round: RoundClock;
	/** The server's clock in Unix seconds (Workspace:GetServerTimeNow in the game). */
	readonly serverTime: () => number;
	readonly showTimer: boolean;
}

/** Top centre: the round's phase ("RoundStatus") and the time left in it ("RoundTimer", e.g. "1:05"). */
function RoundInfoView(props: RoundInfoProps) {
	const localiser = useLocaliser();
	const left = useClock(
		() => secondsLeft(props.round.endsAt, props.serverTime()),
		() => untilCountdownTicks(props.round.endsAt, props.serverTime()),
		[props.round.endsAt],
	);
	return (
		<frame
			AnchorPoint={new Vector2(0.5, 0)}
			Position={new UDim2(0.5, 0, 0, 12)}
			Size={UDim2.fromScale(0.25, 0.1)}
			BackgroundColor3={THEME.panel}
			BackgroundTransparency={0.2}
			BorderSizePixel={0}
		>
			<uisizeconstraint MinSize={new Vector2(140, 48)} MaxSize={new Vector2(260, 72)} />
			<uicorner CornerRadius={THEME.corner} />
			<textlabel
				key="RoundStatus"
				Text={roundLabel(localiser, props.round)}
				Size={UDim2.fromScale(1, props.showTimer ? 0.45 : 1)}
				BackgroundTransparency={1}
				TextColor3={THEME.mutedText}
				Font={THEME.font}
				TextScaled={true}
			>
				<uitextsizeconstraint MaxTextSize={20} />
			</textlabel>
			{props.showTimer ? (
				<textlabel
					key="RoundTimer"
					Text={left.map((seconds) => localiser.clock(seconds))}
					Position={UDim2.fromScale(0, 0.45)}
					Size={UDim2.fromScale(1, 0.55)}
					BackgroundTransparency={1}
					TextColor3={THEME.text}
					Font={THEME.boldFont}
					TextScaled={true}
				>
					<uitextsizeconstraint MaxTextSize={30} />
				</textlabel>
			) : undefined}
		</frame>
	);
}

/** Memoized: the HUD renders again when the coins or the toasts change, and the round need not follow. */
export const RoundInfo = React.memo(RoundInfoView);
