import { Controller, OnStart } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import { ClientEvents } from "client/network/client-events";
import { ownDataAtom } from "client/state/data-state";
import { UiController } from "client/ui/ui-controller";
import { DemoClientEvents } from "../demo-events";
import { roundAtom } from "../round-state";
import { demoUi, ShopActions } from "./demo-ui";
import { PurchasesInFlight } from "./shop/purchases-in-flight";

/** A purchase unanswered for this long (a lost answer) no longer blocks the Buy button. */
const PURCHASE_ANSWER_TIMEOUT = 5;

/** Adds the demo's round display and shop to the framework's UI, the shop's buttons sending the shop's remotes. */
@Controller()
export class DemoUiController implements OnStart {
	private readonly purchases = new PurchasesInFlight(PURCHASE_ANSWER_TIMEOUT);

	/** What the shop's buttons call, and nothing else sends the shop's requests. */
	readonly shop: ShopActions = {
		buy: (itemId) => {
			if (this.purchases.press(itemId, os.clock())) DemoClientEvents.shop.requestPurchase.fire(itemId);
		},
		equip: (itemId) => DemoClientEvents.shop.equip.fire(itemId),
	};

	constructor(private readonly ui: UiController) {}

	onStart() {
		subscribe(ownDataAtom, (data) => {
			if (data !== undefined) this.purchases.owned(data.cosmetics.owned);
		});
		ClientEvents.actions.rejected.connect((action) => {
			if (action === "shop.requestPurchase") this.purchases.refused();
		});
		const demo = demoUi(this.shop, roundAtom);
		for (const item of demo.hud) this.ui.addHudItem(item);
		for (const panel of demo.panels) this.ui.addPanel(panel);
	}
}
