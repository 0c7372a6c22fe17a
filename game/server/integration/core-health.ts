import { HEALTH_THRESHOLDS } from "shared/config/admin";
import { assessSystem, SystemHealth } from "shared/integration/health";
import type { IntegrationService } from "./integration-service";

export type UnifiedStats = ReturnType<IntegrationService["getUnifiedStats"]>;

/**
 * The framework's own systems graded by the thresholds in config (ok, degraded or failing, with reasons), from the
 * unified stats. `elapsed` is the seconds the sync's byte count covers.
 */
export function coreSystemsHealth(stats: UnifiedStats, elapsed: number): SystemHealth[] {
	const syncStats = stats.stateReplication;
	const bytesPerPlayer = syncStats.bytes / math.max(1, elapsed) / math.max(1, stats.players.loaded);
	const migrations = stats.dataMigration;
	const runs = migrations.applied + migrations.failed + migrations.refused + migrations.upToDate;
	const failureShare = runs > 0 ? (migrations.failed + migrations.refused) / runs : 0;
	let budgetUsed = 0;
	for (const [, entry] of pairs(stats.dataStoreBudgets)) budgetUsed = math.max(budgetUsed, entry.used);
	return [
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
			{ largestShareUsed: budgetUsed },
		),
	];
}
