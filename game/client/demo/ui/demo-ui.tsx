import React from "@rbxts/react";
import { SHOP_CATALOG } from "shared/config/demo";
import { InputBinding } from "shared/config/input";
import { PRODUCTS } from "shared/config/products";
import { GameData } from "shared/data/game-data";
import { PrivatePlayerView } from "shared/data/player-views";
import { useAtom, useSelected } from "client/ui/hooks/use-atom";
import { PanelItemProps, UiExtensions, UiItemProps } from "client/ui/ui-registry";
import { RoundClock, RoundInfo } from "./round-info";
import { ShopPanel } from "./shop/shop-panel";

/** What the shop's buttons ask the server for. */
export interface ShopActions {
	readonly buy: (itemId: string) => void;
	/** "" unequips. */
	readonly equip: (itemId: string) => void;
}

/** The shop's key and gamepad button. */
export const SHOP_BINDING: InputBinding = { keyboard: [Enum.KeyCode.B], gamepad: [Enum.KeyCode.ButtonX] };

// The round's clock, not its scores: those change with every collect and would re-render every client's HUD.
const selectRoundPhase = (data: GameData | undefined) => data?.round.phase;
const selectRoundNumber = (data: GameData | undefined) => data?.round.number;
const selectRoundEndsAt = (data: GameData | undefined) => data?.round.endsAt;
const selectCoins = (data: PrivatePlayerView | undefined) => data?.coins;
const selectCosmetics = (data: PrivatePlayerView | undefined) => data?.cosmetics;

/** The round display ("Round" on the HUD), once the game data has the round. */
function RoundDisplay(props: UiItemProps) {
	const { sources } = props;
	const phase = useSelected(sources.gameData, selectRoundPhase);
	const roundNumber = useSelected(sources.gameData, selectRoundNumber);
	const endsAt = useSelected(sources.gameData, selectRoundEndsAt);
	const settings = useAtom(sources.settings);
	const round = React.useMemo(
		(): RoundClock | undefined =>
			phase !== undefined && roundNumber !== undefined && endsAt !== undefined
				? { phase, number: roundNumber, endsAt }
				: undefined,
		[phase, roundNumber, endsAt],
	);
	if (round === undefined) return undefined;
	return <RoundInfo round={round} serverTime={sources.serverTime} showTimer={settings.showRoundTimer} />;
}

/** The demo's additions to the UI: the round on the HUD and the shop panel, whose buttons call `shop`. */
export function demoUi(shop: ShopActions): UiExtensions {
	function Shop(props: PanelItemProps) {
		const coins = useSelected(props.sources.ownData, selectCoins);
		const cosmetics = useSelected(props.sources.ownData, selectCosmetics);
		if (coins === undefined || cosmetics === undefined) return undefined;
		return (
			<ShopPanel
				coins={coins}
				cosmetics={cosmetics}
				catalog={SHOP_CATALOG}
				products={PRODUCTS}
				onBuy={shop.buy}
				onEquip={shop.equip}
				onPromptProduct={props.actions.promptProduct}
				onClose={props.onClose}
			/>
		);
	}
	return {
		hud: [{ key: "Round", component: RoundDisplay }],
		panels: [
			{
				panel: "shop",
				order: 10,
				button: "ShopButton",
				labelKey: "Menu.Shop",
				frame: "ShopPanel",
				binding: SHOP_BINDING,
				component: Shop,
			},
		],
	};
}
