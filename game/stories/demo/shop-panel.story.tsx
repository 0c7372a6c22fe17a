import React from "@rbxts/react";
import { CreateReactStory, Number } from "@rbxts/ui-labs";
import { SHOP_CATALOG } from "shared/config/demo";
import { PRODUCTS } from "shared/config/products";
import { ShopPanel } from "client/demo/ui/shop/shop-panel";
import { MOCK_PLAYER, noop } from "stories/mocks/player.mock";
import { REACT } from "stories/react";

/** The shop for a player who owns the cap and wears the crown. */
export = CreateReactStory({ ...REACT, controls: { coins: Number(MOCK_PLAYER.coins, 0) } }, (props) => (
	<ShopPanel
		key="ShopPanel"
		coins={props.controls.coins}
		cosmetics={MOCK_PLAYER.cosmetics}
		catalog={SHOP_CATALOG}
		products={PRODUCTS}
		onBuy={noop}
		onEquip={noop}
		onPromptProduct={noop}
		onClose={noop}
	/>
));
