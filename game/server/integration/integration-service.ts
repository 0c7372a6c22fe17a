import { OnStart, Service } from "@flamework/core";
import { atom } from "@rbxts/charm";
import { Players } from "@rbxts/services";
import { Events } from "shared/events";
import { buildReport, HealthReport, SystemHealth } from "shared/integration/health";
import { PlayerDataService } from "server/data/player-data-service";
import { rejectionStats } from "server/network/rejections";
import { EntityService } from "server/replication/entity-service";
import { SyncService } from "server/sync/sync-service";
import { isAdmin } from "./admins";
import { coreSystemsHealth } from "./core-health";
import { dataStoreBudgets } from "./datastore-budgets";

/** Extra systems (the leaderboards) register their stats, health and flush here instead of being imported. */
export interface IntegratedSystem {
	readonly name: string;
	readonly health: () => SystemHealth;
	readonly flush?: () => void;
}

const REPORT_INTERVAL = 2;

/**
 * System integration: one view of every system's stats, the health report built from them every REPORT_INTERVAL
 * (core-health.ts grades the framework's systems, registered systems grade themselves) and synced to admins only,
 * and the force synchronization the admins' remotes ask for (admin-remotes.ts).
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
		const players = Players.GetPlayers().size();
		return {
			stateReplication: { ...this.entities.getReplicationStats(), ...this.sync.traffic() },
			dataMigration: this.playerData.migrations.stats(),
			players: { inServer: players, loaded: this.playerData.loadedCount() },
			remotes: rejectionStats(),
			events: { ...this.counters },
			dataStoreBudgets: dataStoreBudgets(players),
		};
	}

	getHealthReport(): HealthReport {
		const systems = coreSystemsHealth(this.getUnifiedStats(), time());
		for (const system of this.systems) systems.push(system.health());
		return buildReport(systems, os.time());
	}

	/** Flushes the sync, flushes every registered system (leaderboards), and saves every loaded profile. */
	forceSystemSynchronization() {
		this.sync.flush();
		for (const system of this.systems) system.flush?.();
		for (const player of Players.GetPlayers()) this.playerData.getProfile(player)?.Save();
	}
}
