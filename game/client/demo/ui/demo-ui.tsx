import React from "@rbxts/react";
import { Getter } from "@rbxts/charm";
import { SHOP_CATALOG } from "shared/config/demo";
import { InputBinding } from "shared/config/input";
import { PRODUCTS } from "shared/config/products";
import { PrivatePlayerView } from "shared/data/player-views";
import { RoundState } from "shared/demo/round-rules";
// The demo's refusal kinds, with which of them its toasts leave untold, come with its UI.
import "shared/demo/rejections";
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
const selectRoundPhase = (round: RoundState | undefined) => round?.phase;
const selectRoundNumber = (round: RoundState | undefined) => round?.number;
const selectRoundEndsAt = (round: RoundState | undefined) => round?.endsAt;
const selectCoins = (data: PrivatePlayerView | undefined) => data?.coins;
const selectCosmetics = (data: PrivatePlayerView | undefined) => data?.cosmetics;

/** The round display ("Round" on the HUD), once the round has arrived. */
function RoundDisplay(props: UiItemProps & { readonly round: Getter<RoundState | undefined> }) {
	const { sources } = props;
	const phase = useSelected(props.round, selectRoundPhase);
	const roundNumber = useSelected(props.round, selectRoundNumber);
	const endsAt = useSelected(props.round, selectRoundEndsAt);
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

/**
 * The demo's additions to the UI: the round on the HUD (read from `round`, the client's mirror of the round's sync key)
 * and the shop panel, whose buttons call `shop`.
 */
export function demoUi(shop: ShopActions, round: Getter<RoundState | undefined>): UiExtensions {
	function Round(props: UiItemProps) {
		return <RoundDisplay {...props} round={round} />;
	}
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
		hud: [{ key: "Round", component: Round }],
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
