import { Controller, OnStart } from "@flamework/core";
import { atom } from "@rbxts/charm";
import React from "@rbxts/react";
import ReactRoblox from "@rbxts/react-roblox";
import { MarketplaceService, Players, Workspace } from "@rbxts/services";
import { placeholderProductMessage, PRODUCTS } from "shared/config/products";
import { SettingsController } from "client/data/settings-controller";
import { ClientEvents } from "client/network/client-events";
import { localiserAtom } from "client/localisation/localiser-state";
import { gameDataAtom, ownDataAtom } from "client/state/data-state";
import { diagnosticsAtom } from "client/state/diagnostics-state";
import { localSettingsAtom, uiStateAtom } from "client/state/local-state";
import { App, AppActions, AppSources } from "./app";
import { withServerReporter } from "./errors/server-reporter";
import { HudItem, NO_EXTENSIONS, PanelItem, UiExtensions, withHudItem, withPanel } from "./ui-registry";

export const SCREEN_NAME = "AltairUI";

/**
 * Creates the ScreenGui "AltairUI" in the player's PlayerGui and renders the React UI into it, bound to the client's
 * atoms and remotes. `actions` are what the framework's buttons call, and nothing else sends the player's requests.
 * A game adds its own HUD items and panels with `addHudItem` and `addPanel` (from its controller's start), and the UI
 * shows them from then on.
 */
@Controller()
export class UiController implements OnStart {
	/** What the game has added to the UI. */
	readonly extensions = atom<UiExtensions>(NO_EXTENSIONS);

	readonly actions: AppActions = {
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
		extensions: this.extensions,
	};

	private screen?: ScreenGui;
	private root?: ReactRoblox.Root;

	constructor(private readonly settings: SettingsController) {}

	/** Shows `item` on the HUD; an error when its key is taken. */
	addHudItem(item: HudItem) {
		this.extensions(withHudItem(this.extensions(), item));
	}

	/** Adds a panel with its HUD button, key and gamepad button; an error when its name, button or frame is taken. */
	addPanel(panel: PanelItem) {
		this.extensions(withPanel(this.extensions(), panel));
	}

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
