/** The UI's colours and fonts, in one place so a fork can restyle it. */
export const THEME = {
	font: Enum.Font.GothamMedium,
	boldFont: Enum.Font.GothamBold,
	text: Color3.fromRGB(240, 240, 245),
	mutedText: Color3.fromRGB(170, 170, 185),
	background: Color3.fromRGB(24, 24, 32),
	panel: Color3.fromRGB(36, 36, 48),
	row: Color3.fromRGB(48, 48, 62),
	button: Color3.fromRGB(70, 90, 160),
	buttonMuted: Color3.fromRGB(70, 70, 86),
	accent: Color3.fromRGB(255, 200, 40),
	ok: Color3.fromRGB(80, 190, 110),
	degraded: Color3.fromRGB(230, 170, 50),
	failing: Color3.fromRGB(220, 70, 70),
	reward: Color3.fromRGB(60, 140, 80),
	error: Color3.fromRGB(170, 50, 50),
	corner: new UDim(0, 8),
	/** The smallest a control may be on a touch screen: Apple's and Android's guidance for a fingertip, 44 points. */
	touchTarget: 44,
} as const;

/** The largest a row's scaled texts grow: a row grows taller on a touch screen, its words should not shout. */
export const ROW_TEXT_SIZE = 24;

export type StatusName = "ok" | "degraded" | "failing";

export function statusColor(status: StatusName): Color3 {
	return status === "ok" ? THEME.ok : status === "degraded" ? THEME.degraded : THEME.failing;
}
