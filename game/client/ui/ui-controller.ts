import { Controller, OnStart } from "@flamework/core";
import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { MarketplaceService, Players, Workspace } from "@rbxts/services";
import { placeholderProductMessage, PRODUCTS } from "shared/config/products";
import { SettingsController } from "client/data/settings-controller";
import { ClientEvents } from "client/network/client-events";
// demo:begin
import { DemoClientEvents } from "client/demo/demo-events";
import { roundAtom } from "client/demo/round-state";
// demo:end
import { localiserAtom } from "client/localisation/localiser-state";
import { gameDataAtom, ownDataAtom } from "client/state/data-state";
import { diagnosticsAtom } from "client/state/diagnostics-state";
import { localSettingsAtom, uiStateAtom } from "client/state/local-state";
import { App, AppActions, AppSources } from "./app";
import { withServerReporter } from "./errors/server-reporter";

export const SCREEN_NAME = "AltairUI";

/**
 * Creates the ScreenGui "AltairUI" in the player's PlayerGui and renders the React UI into it, bound to the client's
 * atoms and remotes. `actions` are what the buttons call, and nothing else sends the player's requests.
 */
@Controller()
export class UiController implements OnStart {
	readonly actions: AppActions = {
		// demo:begin
		buy: (itemId) => DemoClientEvents.shop.requestPurchase.fire(itemId),
		equip: (itemId) => DemoClientEvents.shop.equip.fire(itemId),
		// demo:end
		promptProduct: (productId) => {
			// A placeholder id would only fail inside Roblox's prompt; the developer is told what to change instead.
			if (PRODUCTS[productId]?.placeholder) return warn(placeholderProductMessage(productId));
			MarketplaceService.PromptProductPurchase(Players.LocalPlayer, productId);
		},
		changeSetting: (change) => {
			this.settings.changeSetting(change);
		},
		forceSync: () => ClientEvents.admin.forceSync.fire(),
	};

	readonly sources: AppSources = {
		ownData: ownDataAtom,
		gameData: gameDataAtom,
		settings: localSettingsAtom,
		uiState: uiStateAtom,
		diagnostics: diagnosticsAtom,
		serverTime: () => Workspace.GetServerTimeNow(),
		rewarded: ClientEvents.actions.rewarded,
		rejected: ClientEvents.actions.rejected,
		localiser: localiserAtom,
		// demo:begin
		round: roundAtom,
		// demo:end
	};

	private screen?: ScreenGui;
	private root?: ReactRoblox.Root;

	constructor(private readonly settings: SettingsController) {}

	onStart() {
		const screen = new Instance("ScreenGui");
		screen.Name = SCREEN_NAME;
		screen.ResetOnSpawn = false;
		// Buttons and the coins box stay clear of Roblox's own menu, chat and player list.
		screen.ScreenInsets = Enum.ScreenInsets.CoreUISafeInsets;
		screen.ZIndexBehavior = Enum.ZIndexBehavior.Sibling;
		screen.Parent = Players.LocalPlayer.WaitForChild("PlayerGui");
		this.screen = screen;
		this.mount();
	}

	/** Renders the UI (once); the loading screen shows until the data has arrived. */
	mount() {
		if (this.screen === undefined || this.root !== undefined) return;
		this.root = ReactRoblox.createRoot(this.screen);
		this.root.render(
			withServerReporter(React.createElement(App, { sources: this.sources, actions: this.actions })),
		);
	}

	unmount() {
		this.root?.unmount();
		this.root = undefined;
	}
}
