import React from "@rbxts/react";
import { ProductGrant } from "shared/config/products";
import { formatThousands } from "client/ui/format";
import { Button } from "../button";
import { THEME } from "../theme";

export interface ProductRowProps {
	readonly productId: number;
	readonly grant: ProductGrant;
	readonly layoutOrder: number;
	/** Opens Roblox's purchase prompt; the coins arrive through the server's receipt handler. */
	readonly onPrompt: (productId: number) => void;
}

/** One developer product: its name, what it grants ("ProductGrant") and a "ProductBuy" button. */
export function ProductRow(props: ProductRowProps) {
	return (
		<frame
			LayoutOrder={props.layoutOrder}
			Size={new UDim2(1, -8, 0, 44)}
			BackgroundColor3={THEME.row}
			BorderSizePixel={0}
		>
			<uicorner CornerRadius={THEME.corner} />
			<textlabel
				key="ProductName"
				Text={props.grant.name}
				Position={UDim2.fromScale(0.04, 0.15)}
				Size={UDim2.fromScale(0.36, 0.7)}
				BackgroundTransparency={1}
				TextColor3={THEME.text}
				Font={THEME.boldFont}
				TextScaled={true}
				TextXAlignment={Enum.TextXAlignment.Left}
			/>
			<textlabel
				key="ProductGrant"
				Text={`+${formatThousands(props.grant.coins)} coins`}
				Position={UDim2.fromScale(0.4, 0.2)}
				Size={UDim2.fromScale(0.3, 0.6)}
				BackgroundTransparency={1}
				TextColor3={THEME.accent}
				Font={THEME.font}
				TextScaled={true}
			/>
			<Button
				key="ProductBuy"
				text="Robux"
				onClick={() => props.onPrompt(props.productId)}
				position={UDim2.fromScale(0.73, 0.12)}
				size={UDim2.fromScale(0.24, 0.76)}
				color={THEME.reward}
			/>
		</frame>
	);
}
