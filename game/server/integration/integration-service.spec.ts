import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins, runOnClient } from "testing/game-client";
import { giveCoins, runWithGame } from "testing/game-server";
import { createWorld } from "testing/world";
import { DATASTORE_RATES, ratePerMinute, REQUEST_KINDS } from "shared/config/datastore-limits";

const INTEGRATION = `service("server/integration/integration-service@IntegrationService")`;
const ADMIN_ID = 901;

function withAdmin(seed: number) {
	const world = createWorld({ seed });
	const server = world.startServer();
	server.run(`table.insert(require(game.ReplicatedStorage.shared.config.admin).ADMIN_CONFIG.userIds, ${ADMIN_ID})`);
	const admin = world.join(ADMIN_ID, server);
	const player = world.join(902, server);
	world.runUntil(() => clientCoins(admin) !== undefined && clientCoins(player) !== undefined, 60);
	world.advance(3);
	return { world, server, admin, player };
}

describe("system integration", () => {
	it("keeps the health report in an atom, so a sync that follows atoms through Charm's effects sees it change", () => {
		const { world, server } = withAdmin(96);
		runWithGame(
			server,
			`local charm = require(game.ReplicatedStorage.rbxts_include.node_modules["@rbxts"].charm.src)
			_G.reportChanges = 0
			charm.subscribe(${INTEGRATION}.report, function() _G.reportChanges += 1 end)`,
		);
		world.advance(7);
		expect(runWithGame(server, `return _G.reportChanges`)).toBeGreaterThanOrEqual(2);
	});

	it("grades every system in the health report", () => {
		const { server } = withAdmin(91);
		const report = runWithGame(
			server,
			`local r = ${INTEGRATION}:getHealthReport()
			local byName = {} for _, s in r.systems do byName[s.name] = s end
			return { overall = r.overall, byName = byName }`,
		) as {
			overall: string;
			byName: Record<string, { status: string; reasons: string[]; stats: Record<string, number> }>;
		};
		for (const name of ["stateReplication", "dataMigration", "players", "leaderboards"]) {
			expect(report.byName[name].status).toBe("ok");
		}
		// The DataStore grade follows the measured budget share (the leaderboards read at start on a 2-player server).
		const dataStore = report.byName.dataStore;
		const share = dataStore.stats.largestShareUsed;
		expect(dataStore.status).toBe(share > 0.9 ? "failing" : share > 0.5 ? "degraded" : "ok");
		expect(dataStore.reasons.size() > 0).toBe(share > 0.5);
	});

	// The budgets a server gets: create.roblox.com/docs/cloud-services/data-stores/error-codes-and-limits#server-limits,
	// named by the modern request types (create.roblox.com/docs/reference/engine/enums/DataStoreRequestType).
	it("measures each DataStore budget against the documented rate of the request type it is spent from", () => {
		const { server } = withAdmin(95);
		const budgets = runWithGame(server, `return ${INTEGRATION}:getUnifiedStats().dataStoreBudgets`) as Record<
			string,
			{ left: number; perMinute: number }
		>;
		const expected = new Set(REQUEST_KINDS.map((kind) => DATASTORE_RATES[kind].type.Name));
		const reported = new Set<string>();
		for (const [name] of pairs(budgets)) reported.add(name);
		expect(reported).toEqual(expected);
		for (const kind of REQUEST_KINDS) {
			const requestType = DATASTORE_RATES[kind].type;
			const left = server.run(
				`return game:GetService("DataStoreService"):GetRequestBudgetForRequestType(Enum.DataStoreRequestType.${requestType.Name})`,
			);
			expect(budgets[requestType.Name].perMinute).toBe(ratePerMinute(kind, 2));
			expect(budgets[requestType.Name].left).toBe(left);
		}
	});

	it("reports a failing system with its reason", () => {
		const { server } = withAdmin(92);
		runWithGame(
			server,
			`for _ = 1, 3 do dataService.migrations:finish({ userId = 1, fromVersion = 1, toVersion = 4, outcome = "failed", duration = 0, at = 0 }) end`,
		);
		const result = runWithGame(
			server,
			`local r = ${INTEGRATION}:getHealthReport()
			for _, s in r.systems do if s.name == "dataMigration" then return s.status .. ": " .. s.reasons[1] end end`,
		) as string;
		expect(result).toMatch("^failing: failed or refused share");
	});

	it("syncs the report to admins only", () => {
		const { world, admin, player } = withAdmin(93);
		world.advance(3);
		// The admin's client holds the report (the diagnostics panel reads it); nobody else's does.
		const overall = (client: typeof admin) =>
			runOnClient(
				client,
				`local report = require(client.state["diagnostics-state"]).diagnosticsAtom() return report and report.overall`,
			);
		expect(["ok", "degraded", "failing"]).toContain(overall(admin));
		expect(overall(player)).toBeUndefined();
		// It keeps coming: the admin's copy is rebuilt every report interval, not frozen at the first one.
		const generatedAt = () =>
			runOnClient(
				admin,
				`local report = require(client.state["diagnostics-state"]).diagnosticsAtom() return report and report.generatedAt`,
			) as number;
		const first = generatedAt();
		world.advance(5);
		expect(generatedAt()).toBeGreaterThan(first);
	});

	it("lets an admin force a save, and refuses anyone else", () => {
		const { world, server, admin, player } = withAdmin(94);
		giveCoins(server, ADMIN_ID, 42);
		giveCoins(server, 902, 42);
		world.advance(1);
		const fire = (client: typeof admin) =>
			runOnClient(client, `require(client.network["client-events"]).ClientEvents.admin.forceSync:fire()`);
		fire(player);
		world.advance(10);
		expect((world.readStore("PlayerData", "Player_902") as { Data: { coins: number } }).Data.coins).toBe(0);
		fire(admin);
		world.advance(10);
		expect((world.readStore("PlayerData", "Player_902") as { Data: { coins: number } }).Data.coins).toBe(42);
	});
});
