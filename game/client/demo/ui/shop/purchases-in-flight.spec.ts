import { describe, expect, it } from "@rbxts/jest-globals";
import { PurchasesInFlight } from "./purchases-in-flight";

describe("purchases in flight", () => {
	it("sends the first press of an item and drops a second until it is answered", () => {
		const purchases = new PurchasesInFlight(5);
		expect(purchases.press("cap", 0)).toBe(true);
		expect(purchases.press("cap", 0.1)).toBe(false);
		// Another item is its own request.
		expect(purchases.press("crown", 0.1)).toBe(true);
	});

	it("lets an item be asked again once it is owned, or once the server refused a purchase", () => {
		const purchases = new PurchasesInFlight(5);
		purchases.press("cap", 0);
		purchases.press("crown", 0);
		purchases.owned(["cap"]);
		expect(purchases.press("cap", 1)).toBe(true);
		expect(purchases.press("crown", 1)).toBe(false);
		purchases.refused();
		expect(purchases.press("crown", 1.5)).toBe(true);
	});

	it("stops blocking an item whose answer never came, after the timeout", () => {
		const purchases = new PurchasesInFlight(5);
		purchases.press("cap", 0);
		expect(purchases.press("cap", 4.9)).toBe(false);
		expect(purchases.press("cap", 5)).toBe(true);
	});
});
