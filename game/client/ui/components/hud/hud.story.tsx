import React from "@rbxts/react";
import { MOCK_GAME, MOCK_NOW, MOCK_PLAYER, noop } from "client/ui/stories/mock-data";
import { Hud } from "./hud";

/** The HUD mid-round for an admin, with a reward and an error toast. */
export function story() {
	return (
		<Hud
			key="Hud"
			coins={MOCK_PLAYER.coins}
			round={MOCK_GAME.round}
			serverTime={() => MOCK_NOW}
			showTimer={true}
			toasts={[
				{ id: 1, kind: "reward", text: "+20 coins: collected" },
				{ id: 2, kind: "error", text: "Halo costs 5000 coins" },
			]}
			openPanel="none"
			showDiagnostics={true}
			onOpen={noop}
		/>
	);
}
