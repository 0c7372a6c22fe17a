import React from "@rbxts/react";
import { useLocaliser } from "client/localisation/use-localiser";
import { nextPanel, PanelName } from "client/ui/panel-actions";
import { MenuEntry } from "client/ui/ui-registry";
import { Button } from "../button";
import { THEME } from "../theme";

export interface MenuButtonsProps {
	/** A button per entry, in this order (client/ui/ui-registry's menuEntries). */
	readonly entries: ReadonlyArray<MenuEntry>;
	readonly openPanel: PanelName;
	/** Only admins get the diagnostics button. */
	readonly showDiagnostics: boolean;
	/** Opens a panel, or closes it when it is already open ("none"). */
	readonly onOpen: (panel: PanelName) => void;
}

/** The panel buttons, down the left edge under the coins. */
function MenuButtonsView(props: MenuButtonsProps) {
	const localiser = useLocaliser();
	const buttons: Record<string, React.Element> = {};
	props.entries.forEach(({ panel, button, labelKey }, index) => {
		if (panel === "diagnostics" && !props.showDiagnostics) return;
		const open = props.openPanel === panel;
		buttons[button] = (
			<Button
				text={localiser.text(labelKey)}
				layoutOrder={index}
				size={UDim2.fromScale(1, 0.22)}
				color={open ? THEME.button : THEME.buttonMuted}
				onClick={() => props.onOpen(nextPanel(props.openPanel, panel))}
			/>
		);
	});
	return (
		<frame
			AnchorPoint={new Vector2(0, 0.5)}
			Position={new UDim2(0, 12, 0.5, 0)}
			Size={UDim2.fromScale(0.12, 0.35)}
			BackgroundTransparency={1}
		>
			<uisizeconstraint MinSize={new Vector2(90, 150)} MaxSize={new Vector2(150, 220)} />
			<uilistlayout SortOrder={Enum.SortOrder.LayoutOrder} Padding={new UDim(0.03, 0)} />
			{buttons}
		</frame>
	);
}

/** Memoized: the HUD renders again when the coins or the toasts change, and the buttons need not follow. */
export const MenuButtons = React.memo(MenuButtonsView);
