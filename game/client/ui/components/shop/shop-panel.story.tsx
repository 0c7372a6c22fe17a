import React from "@rbxts/react";
import { SHOP_CATALOG } from "shared/config/demo";
import { PRODUCTS } from "shared/config/products";
import { MOCK_PLAYER, noop } from "client/ui/stories/mock-data";
import { ShopPanel } from "./shop-panel";

/** The shop for a player who owns the cap and wears the crown. */
export function story() {
	return (
		<ShopPanel
			key="ShopPanel"
			coins={MOCK_PLAYER.coins}
			cosmetics={MOCK_PLAYER.cosmetics}
			catalog={SHOP_CATALOG}
			products={PRODUCTS}
			onBuy={noop}
			onEquip={noop}
			onPromptProduct={noop}
			onClose={noop}
		/>
	);
}
