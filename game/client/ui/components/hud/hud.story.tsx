import React from "@rbxts/react";
import { MOCK_PLAYER, noop } from "client/ui/stories/mock-data";
// demo:begin
import { MOCK_GAME, MOCK_NOW } from "client/ui/stories/mock-data";
import { RoundInfo } from "./round-info";
// demo:end
import { Hud } from "./hud";

/** The HUD for an admin, with a reward and an error toast (and the demo's round, mid-round). */
export function story() {
	return (
		<Hud
			key="Hud"
			coins={MOCK_PLAYER.coins}
			toasts={[
				{ id: 1, kind: "reward", text: "+20 coins: collected" },
				{ id: 2, kind: "error", text: "Halo costs 5000 coins" },
			]}
			openPanel="none"
			showDiagnostics={true}
			onOpen={noop}
		>
			{/* The game's own HUD items. */}
			{/* demo:begin */}
			<RoundInfo key="Round" round={MOCK_GAME.round} serverTime={() => MOCK_NOW} showTimer={true} />
			{/* demo:end */}
		</Hud>
	);
}
