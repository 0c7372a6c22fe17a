import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { CosmeticItem } from "shared/config/demo";
import { ProductGrant } from "shared/config/products";
import { PlayerCosmetics } from "shared/data/player-data";
import { Panel } from "client/ui/components/panel";
import { THEME } from "client/ui/components/theme";
import { ItemState, ShopItemRow } from "./shop-item-row";
import { ProductRow } from "./product-row";

export interface ShopPanelProps {
	readonly coins: number;
	readonly cosmetics: PlayerCosmetics;
	readonly catalog: ReadonlyArray<CosmeticItem>;
	readonly products: Readonly<Record<number, ProductGrant>>;
	readonly onBuy: (itemId: string) => void;
	readonly onEquip: (itemId: string) => void;
	readonly onPromptProduct: (productId: number) => void;
	readonly onClose: () => void;
}

function itemState(cosmetics: PlayerCosmetics, itemId: string): ItemState {
	if (cosmetics.equipped === itemId) return "equipped";
	return cosmetics.owned.includes(itemId) ? "owned" : "forSale";
}

function sectionHeader(text: string, layoutOrder: number) {
	return (
		<textlabel
			Text={text}
			LayoutOrder={layoutOrder}
			Size={new UDim2(1, -8, 0, 24)}
			BackgroundTransparency={1}
			TextColor3={THEME.accent}
			Font={THEME.boldFont}
			TextScaled={true}
			TextXAlignment={Enum.TextXAlignment.Left}
		/>
	);
}

/** Cosmetics for coins ("Item_<id>" rows) and coin packs for Robux ("Product_<id>" rows). */
export function ShopPanel(props: ShopPanelProps) {
	const localiser = useLocaliser();
	const rows: Record<string, React.Element> = {};
	rows.CosmeticsHeader = sectionHeader(localiser.text("Shop.Cosmetics"), 0);
	props.catalog.forEach((item, index) => {
		rows[`Item_${item.id}`] = (
			<ShopItemRow
				item={item}
				state={itemState(props.cosmetics, item.id)}
				affordable={props.coins >= item.price}
				layoutOrder={1 + index}
				onBuy={props.onBuy}
				onEquip={props.onEquip}
			/>
		);
	});
	const base = 1 + props.catalog.size();
	rows.ProductsHeader = sectionHeader(localiser.text("Shop.CoinPacks"), base);
	const productIds: number[] = [];
	for (const [productId] of pairs(props.products)) productIds.push(productId);
	productIds.sort((a, b) => a < b);
	productIds.forEach((productId, index) => {
		rows[`Product_${productId}`] = (
			<ProductRow
				productId={productId}
				grant={props.products[productId]}
				layoutOrder={base + 1 + index}
				onPrompt={props.onPromptProduct}
			/>
		);
	});
	return (
		<Panel title={localiser.text("Shop.Title")} onClose={props.onClose}>
			{rows}
		</Panel>
	);
}
