import React from "@rbxts/react";
import { LoadingScreen } from "./loading-screen";

/** The loading screen while the player's data is on its way. */
export function story() {
	return <LoadingScreen key="LoadingScreen" waitingFor="your data" />;
}
