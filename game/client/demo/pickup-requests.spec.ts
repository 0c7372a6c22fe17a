import { describe, expect, it } from "@rbxts/jest-globals";
import { PickupRequests } from "./pickup-requests";

describe("PickupRequests", () => {
	it("asks for a pickup once while it stays on screen", () => {
		const requests = new PickupRequests();
		expect(requests.toAsk(["a"])).toEqual(["a"]);
		expect(requests.toAsk(["a", "b"])).toEqual(["b"]);
		expect(requests.toAsk(["a", "b"])).toEqual([]);
		expect(requests.toAsk([])).toEqual([]);
		expect(requests.toAsk(["a"])).toEqual([]);
	});

	it("asks again for a pickup that went and came back under the same id", () => {
		const requests = new PickupRequests();
		requests.toAsk(["a"]);
		requests.gone("a");
		expect(requests.toAsk(["a"])).toEqual(["a"]);
	});

	it("after a refusal, asks again only once the player has left the pickup and come back", () => {
		const requests = new PickupRequests();
		requests.toAsk(["a", "b"]);
		requests.refused();
		expect(requests.toAsk(["a", "b"])).toEqual([]);
		expect(requests.toAsk(["b"])).toEqual([]);
		expect(requests.toAsk(["a", "b"])).toEqual(["a"]);
		expect(requests.toAsk([])).toEqual([]);
		expect(requests.toAsk(["b"])).toEqual(["b"]);
	});
});
