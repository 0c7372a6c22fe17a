import { Controller, OnStart } from "@flamework/core";
import { UiController } from "client/ui/ui-controller";
import { DemoClientEvents } from "../demo-events";
import { roundAtom } from "../round-state";
import { demoUi, ShopActions } from "./demo-ui";

/** Adds the demo's round display and shop to the framework's UI, the shop's buttons sending the shop's remotes. */
@Controller()
export class DemoUiController implements OnStart {
	/** What the shop's buttons call, and nothing else sends the shop's requests. */
	readonly shop: ShopActions = {
		buy: (itemId) => DemoClientEvents.shop.requestPurchase.fire(itemId),
		equip: (itemId) => DemoClientEvents.shop.equip.fire(itemId),
	};

	constructor(private readonly ui: UiController) {}

	onStart() {
		const demo = demoUi(this.shop, roundAtom);
		for (const item of demo.hud) this.ui.addHudItem(item);
		for (const panel of demo.panels) this.ui.addPanel(panel);
	}
}
