import { describe, expect, it } from "@rbxts/jest-globals";
import { analyticsEvents as events } from "../../platform-services";
import { createWorld } from "../../world";

// The documented calls of create.roblox.com/docs/reference/engine/classes/AnalyticsService (LogCustomEvent,
// LogEconomyEvent, LogOnboardingFunnelStepEvent, LogFunnelStepEvent) are recorded in the world, in call order, with the
// player's UserId and their arguments; the engine takes them on servers only and checks their argument types.

describe("AnalyticsService", () => {
	it("records each documented call with the player and its arguments, defaults filled in", () => {
		const world = createWorld();
		const server = world.startServer();
		world.join(31, server);
		world.advance(0.5);
		// The game logs its own events (a join is an onboarding step): only what the snippet logs counts here.
		const before = events(world).size();
		server.run(`
			local analytics = game:GetService("AnalyticsService")
			local player = game:GetService("Players"):GetPlayerByUserId(31)
			analytics:LogCustomEvent(player, "Jumped")
			analytics:LogEconomyEvent(player, Enum.AnalyticsEconomyFlowType.Source, "Coins", 20, 120,
				Enum.AnalyticsEconomyTransactionType.Gameplay.Name, "collect")
			analytics:LogOnboardingFunnelStepEvent(player, 2, "First collect")
			analytics:LogFunnelStepEvent(player, "Shop", "s1", nil, "Opened")
		`);
		const logged = events(world).filter((_, index) => index >= before);
		expect(logged.map((event) => [event.kind, event.userId, event.server])).toEqual([
			["LogCustomEvent", 31, server.name],
			["LogEconomyEvent", 31, server.name],
			["LogOnboardingFunnelStepEvent", 31, server.name],
			["LogFunnelStepEvent", 31, server.name],
		]);
		expect([logged[0].eventName, logged[0].value]).toEqual(["Jumped", 1]);
		expect([logged[1].flowType, logged[1].currencyType, logged[1].amount, logged[1].endingBalance]).toEqual([
			"Source",
			"Coins",
			20,
			120,
		]);
		expect([logged[1].transactionType, logged[1].itemSku]).toEqual(["Gameplay", "collect"]);
		expect([logged[2].step, logged[2].stepName]).toEqual([2, "First collect"]);
		expect([logged[3].funnelName, logged[3].funnelSessionId, logged[3].step]).toEqual(["Shop", "s1", 1]);
	});

	it("refuses a client's call, a wrong flow type, a non-positive amount and a missing player", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(32, server);
		world.advance(0.5);
		const before = events(world).size();
		const outcome = server.run(`
			local analytics = game:GetService("AnalyticsService")
			local player = game:GetService("Players"):GetPlayerByUserId(32)
			local results = {}
			for _, call in {
				function() analytics:LogEconomyEvent(player, "Source", "Coins", 1, 1, "Gameplay") end,
				function() analytics:LogEconomyEvent(player, Enum.AnalyticsEconomyFlowType.Sink, "Coins", 0, 1, "Shop") end,
				function() analytics:LogCustomEvent(nil, "Nobody") end,
			} do
				local ok, message = pcall(call)
				table.insert(results, if ok then "ok" else tostring(message))
			end
			return results
		`) as string[];
		expect(outcome.map((message) => message.find("AnalyticsService:Log")[0] !== undefined)).toEqual([
			true,
			true,
			true,
		]);
		const fromClient = client.run(`
			local player = game:GetService("Players").LocalPlayer
			return select(2, pcall(function()
				game:GetService("AnalyticsService"):LogCustomEvent(player, "Cheat")
			end))
		`) as string;
		expect(fromClient.find("only be called from the server")[0]).toBeDefined();
		expect(events(world).size()).toBe(before);
	});
});
