import { describe, expect, it } from "@rbxts/jest-globals";
import { isNoApiAccessError, StoreAccess } from "./store-access";

// Studio's answers without API access: 403 StudioAccessToApisNotAllowed
// (create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits) and the "must publish" ProfileStore also
// looks for; anything else is an ordinary failure.
describe("store access", () => {
	it("tells Studio's no-access answers from ordinary failures", () => {
		expect(isNoApiAccessError("403: Can't write to DataStore from Studio because API access is not enabled.")).toBe(
			true,
		);
		expect(isNoApiAccessError("502: API Services rejected request with error. HTTP 403 (Forbidden)")).toBe(true);
		expect(isNoApiAccessError("You must publish this place to the web to access DataStore.")).toBe(true);
		expect(
			isNoApiAccessError("502: API Services rejected request with error. HTTP 503 (Service Unavailable)"),
		).toBe(false);
		expect(isNoApiAccessError("301: GetAsync request dropped. Request was throttled but queue was full.")).toBe(
			false,
		);
	});

	it("makes no probe on a live server, and is available from the start", () => {
		let probes = 0;
		const access = new StoreAccess(false, () => {
			probes += 1;
		});
		expect(access.available()).toBe(true);
		access.check(() => error("never"));
		expect(probes).toBe(0);
		expect(access.state).toBe("available");
	});

	it("goes local once, on the probe's 403, and stays available after an ordinary failure", () => {
		let wentLocal = 0;
		const denied = new StoreAccess(true, () => error("403: Can't write to DataStore from Studio"));
		expect(denied.state).toBe("checking");
		denied.check(() => (wentLocal += 1));
		denied.check(() => (wentLocal += 1));
		expect(denied.unavailable()).toBe(true);
		expect(wentLocal).toBe(1);
		expect(denied.reason).toMatch("403");

		const flaky = new StoreAccess(true, () => error("502: API Services rejected request with error. HTTP 503"));
		flaky.check(() => (wentLocal += 1));
		expect(flaky.available()).toBe(true);
		expect(wentLocal).toBe(1);
		const granted = new StoreAccess(true, () => {});
		granted.check(() => (wentLocal += 1));
		expect(granted.available()).toBe(true);
	});
});
