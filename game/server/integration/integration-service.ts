import { OnStart, Service } from "@flamework/core";
import { atom } from "@rbxts/charm";
import { DataStoreService, Players } from "@rbxts/services";
import { HEALTH_THRESHOLDS } from "shared/config/admin";
import { Events } from "shared/events";
import { assessSystem, buildReport, HealthReport, SystemHealth } from "shared/integration/health";
import { PlayerDataService } from "server/data/player-data-service";
import { forceMigration } from "server/data/force-migration";
import { ServerEvents } from "server/network/server-events";
import { rejectRequest, rejectionStats } from "server/network/rejections";
import { EntityService } from "server/replication/entity-service";
import { SyncService } from "server/sync/sync-service";
import { isAdmin } from "./admins";

/** Extra systems (the leaderboards) register their stats, health and flush here instead of being imported. */
export interface IntegratedSystem {
	readonly name: string;
	readonly health: () => SystemHealth;
	readonly flush?: () => void;
}

const REPORT_INTERVAL = 2;
const BUDGET_TYPES = [
	[Enum.DataStoreRequestType.GetAsync, 60, 40],
	[Enum.DataStoreRequestType.SetIncrementAsync, 60, 40],
	[Enum.DataStoreRequestType.UpdateAsync, 60, 40],
	[Enum.DataStoreRequestType.GetSortedAsync, 5, 2],
	[Enum.DataStoreRequestType.SetIncrementSortedAsync, 30, 5],
] as const;

/**
 * System integration: one view of every system's stats, a health report graded by the thresholds in
 * config (ok, degraded or failing, with reasons), and the admins' force synchronization (flush the sync, flush the
 * leaderboards, save every profile). The report is synced to admins only.
 */
@Service()
export class IntegrationService implements OnStart {
	private readonly systems: IntegratedSystem[] = [];
	/** An atom, not a field: a sync that re-reads its getters only through Charm's effects (charm-sync) sees it change. */
	private readonly report = atom<HealthReport>(buildReport([], 0));
	private readonly counters = { playersLoaded: 0, migrationsRan: 0, purchasesGranted: 0, seasonsRolled: 0 };

	constructor(
		private readonly playerData: PlayerDataService,
		private readonly sync: SyncService,
		private readonly entities: EntityService,
	) {}

	onStart() {
		Events.playerDataLoaded.connect((player) => {
			this.counters.playersLoaded += 1;
			if (isAdmin(player)) this.sync.addSignalsToClient(player, { diagnostics: this.report });
		});
		Events.migrationRan.connect(() => (this.counters.migrationsRan += 1));
		Events.purchaseGranted.connect(() => (this.counters.purchasesGranted += 1));
		Events.seasonRolled.connect(() => (this.counters.seasonsRolled += 1));
		ServerEvents.admin.forceMigration.connect((player, version) => {
			if (!isAdmin(player)) return rejectRequest(player, "admin.forceMigration", "not-admin");
			const results = forceMigration(this.playerData, version);
			const failed = results.filter((result) => !result.ok).size();
			print(
				`[Admin] ${player.Name} forced migration ${version}: ${results.size() - failed} applied, ${failed} refused`,
			);
		});
		ServerEvents.admin.forceSync.connect((player) => {
			if (!isAdmin(player)) return rejectRequest(player, "admin.forceSync", "not-admin");
			this.forceSystemSynchronization();
		});
		task.spawn(() => {
			for (;;) {
				this.report(this.getHealthReport());
				task.wait(REPORT_INTERVAL);
			}
		});
	}

	register(system: IntegratedSystem) {
		this.systems.push(system);
	}

	getUnifiedStats() {
		return {
			stateReplication: { ...this.entities.getReplicationStats(), ...this.sync.traffic() },
			dataMigration: this.playerData.migrations.stats(),
			players: { inServer: Players.GetPlayers().size(), loaded: this.playerData.loadedCount() },
			remotes: rejectionStats(),
			events: { ...this.counters },
			dataStoreBudgets: this.budgets(),
		};
	}

	getHealthReport(): HealthReport {
		const stats = this.getUnifiedStats();
		const syncStats = stats.stateReplication;
		const elapsed = math.max(1, time());
		const bytesPerPlayer = syncStats.bytes / elapsed / math.max(1, stats.players.loaded);
		const migrations = stats.dataMigration;
		const runs = migrations.applied + migrations.failed + migrations.refused + migrations.upToDate;
		const failureShare = runs > 0 ? (migrations.failed + migrations.refused) / runs : 0;
		let budgetUsed = 0;
		for (const [, entry] of pairs(stats.dataStoreBudgets)) budgetUsed = math.max(budgetUsed, entry.used);
		const systems: SystemHealth[] = [
			assessSystem(
				"stateReplication",
				[
					[
						"sync bytes per player per second",
						math.floor(bytesPerPlayer),
						HEALTH_THRESHOLDS.syncBytesPerPlayerPerSecond,
					],
				],
				{
					entities: syncStats.totalEntities,
					payloads: syncStats.payloads,
					bytes: syncStats.bytes,
					conflicts: syncStats.conflicts,
				},
			),
			assessSystem(
				"dataMigration",
				[["failed or refused share", failureShare, HEALTH_THRESHOLDS.migrationFailureShare]],
				{ applied: migrations.applied, failed: migrations.failed, pending: migrations.pending },
			),
			assessSystem(
				"players",
				[
					[
						"players waiting for data",
						stats.players.inServer - stats.players.loaded,
						HEALTH_THRESHOLDS.playersWaiting,
					],
				],
				{ inServer: stats.players.inServer, loaded: stats.players.loaded },
			),
			assessSystem(
				"dataStore",
				[["largest share of a budget used", budgetUsed, HEALTH_THRESHOLDS.dataStoreBudgetUsed]],
				{
					largestShareUsed: budgetUsed,
				},
			),
		];
		for (const system of this.systems) systems.push(system.health());
		return buildReport(systems, os.time());
	}

	/** Flushes the sync, flushes every registered system (leaderboards), and saves every loaded profile. */
	forceSystemSynchronization() {
		this.sync.flush();
		for (const system of this.systems) system.flush?.();
		for (const player of Players.GetPlayers()) this.playerData.getProfile(player)?.Save();
	}

	private budgets() {
		const players = Players.GetPlayers().size();
		const result: Record<string, { left: number; perMinute: number; used: number }> = {};
		for (const [requestType, base, perPlayer] of BUDGET_TYPES) {
			const perMinute = base + perPlayer * players;
			const [ok, left] = pcall(() => DataStoreService.GetRequestBudgetForRequestType(requestType));
			const budgetLeft = ok ? left : 0;
			result[requestType.Name] = {
				left: budgetLeft,
				perMinute,
				used: math.clamp(1 - budgetLeft / perMinute, 0, 1),
			};
		}
		return result;
	}
}
