import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { LocaliserProvider } from "client/localisation/localiser-provider";
import { withServerReporter } from "client/ui/errors/server-reporter";
import { LeaderboardsApp, LeaderboardsAppProps } from "./leaderboards-app";

/** Mounts the leaderboards UI into a ScreenGui; returns the unmount function. */
export function mountLeaderboards(screen: ScreenGui, props: LeaderboardsAppProps): () => void {
	const root = ReactRoblox.createRoot(screen);
	root.render(
		withServerReporter(
			<LocaliserProvider>
				<LeaderboardsApp {...props} />
			</LocaliserProvider>,
		),
	);
	return () => root.unmount();
}
