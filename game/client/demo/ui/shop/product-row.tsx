import React from "@rbxts/react";
import { ProductGrant } from "shared/config/products";
import { useLocaliser } from "client/localisation/use-localiser";
import { Button } from "client/ui/components/button";
import { Row } from "client/ui/components/row";
import { ROW_TEXT_SIZE, THEME } from "client/ui/components/theme";

export interface ProductRowProps {
	readonly productId: number;
	readonly grant: ProductGrant;
	readonly layoutOrder: number;
	/** Opens Roblox's purchase prompt; the coins arrive through the server's receipt handler. */
	readonly onPrompt: (productId: number) => void;
}

/**
 * One developer product: its name, what it grants ("ProductGrant") and a "ProductBuy" button, which reads "Set up"
 * while the product's id is a placeholder (the prompt then logs what to change).
 */
export function ProductRow(props: ProductRowProps) {
	const localiser = useLocaliser();
	return (
		<Row
			layoutOrder={props.layoutOrder}
			caption={localiser.text(`Shop.Product.${props.productId}`)}
			captionWidth={0.36}
			captionName="ProductName"
			bold={true}
		>
			<textlabel
				key="ProductGrant"
				Text={localiser.text("Shop.ProductGrant", { coins: localiser.number(props.grant.coins) })}
				Position={UDim2.fromScale(0.4, 0.2)}
				Size={UDim2.fromScale(0.3, 0.6)}
				BackgroundTransparency={1}
				TextColor3={THEME.accent}
				Font={THEME.font}
				TextScaled={true}
			>
				<uitextsizeconstraint MaxTextSize={ROW_TEXT_SIZE} />
			</textlabel>
			<Button
				key="ProductBuy"
				text={localiser.text(props.grant.placeholder ? "Shop.SetUp" : "Shop.Robux")}
				onClick={() => props.onPrompt(props.productId)}
				position={UDim2.fromScale(0.73, 0.12)}
				size={UDim2.fromScale(0.24, 0.76)}
				color={THEME.reward}
			/>
		</Row>
	);
}
