/**
 * The parts of the UI that each render inside their own error boundary. A client reports a failed region by name,
 * never with its error text, so what reaches the server (and analytics) is one of these few names.
 */
export type UiRegion = "Hud" | "Coins" | "GameItems" | "Menu" | "Toasts" | "Panel" | "Leaderboards" | "WorldBoards";
