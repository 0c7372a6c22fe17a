import React from "@rbxts/react";
import { CosmeticItem } from "shared/config/demo";
import { useLocaliser } from "client/localisation/use-localiser";
import { Button } from "client/ui/components/button";
import { Row } from "client/ui/components/row";
import { ROW_TEXT_SIZE, THEME } from "client/ui/components/theme";

export type ItemState = "forSale" | "owned" | "equipped";

export interface ShopItemRowProps {
	readonly item: CosmeticItem;
	readonly state: ItemState;
	/** Whether the player has the coins (a hint only: the server decides). */
	readonly affordable: boolean;
	readonly layoutOrder: number;
	readonly onBuy: (itemId: string) => void;
	readonly onEquip: (itemId: string) => void;
}

const ACTION_KEY: Record<ItemState, string> = { forSale: "Shop.Buy", owned: "Shop.Equip", equipped: "Shop.Unequip" };

/** One cosmetic: "ItemName", "ItemPrice" (price, "Owned" or "Equipped") and the "ItemAction" button. */
export function ShopItemRow(props: ShopItemRowProps) {
	const { item, state } = props;
	const localiser = useLocaliser();
	const priceText =
		state === "forSale"
			? localiser.text("Shop.Price", { coins: localiser.number(item.price) })
			: localiser.text(state === "owned" ? "Shop.Owned" : "Shop.Equipped");
	const onAction = () => {
		if (state === "forSale") props.onBuy(item.id);
		else props.onEquip(state === "owned" ? item.id : "");
	};
	return (
		<Row
			layoutOrder={props.layoutOrder}
			caption={localiser.text(`Shop.Item.${item.id}`)}
			captionWidth={0.36}
			captionName="ItemName"
			bold={true}
		>
			<textlabel
				key="ItemPrice"
				Text={priceText}
				Position={UDim2.fromScale(0.4, 0.2)}
				Size={UDim2.fromScale(0.3, 0.6)}
				BackgroundTransparency={1}
				TextColor3={state === "forSale" && !props.affordable ? THEME.failing : THEME.mutedText}
				Font={THEME.font}
				TextScaled={true}
			>
				<uitextsizeconstraint MaxTextSize={ROW_TEXT_SIZE} />
			</textlabel>
			<Button
				key="ItemAction"
				text={localiser.text(ACTION_KEY[state])}
				onClick={onAction}
				position={UDim2.fromScale(0.73, 0.12)}
				size={UDim2.fromScale(0.24, 0.76)}
				color={state === "equipped" ? THEME.buttonMuted : THEME.button}
			/>
		</Row>
	);
}
