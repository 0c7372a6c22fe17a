import { MIGRATION_CONFIG } from "shared/config/data";
import { MigrationRun } from "shared/events";

/** The last runs of the migration runner on this server and their totals, for the health report. */
export class MigrationHistory {
	private runs: MigrationRun[] = [];
	private totals = { migrated: 0, failed: 0, refused: 0, current: 0, durationSum: 0, timed: 0 };
	private inFlight = 0;

	constructor(private readonly limit: number = MIGRATION_CONFIG.maxHistory) {}

	begin() {
		this.inFlight += 1;
	}

	finish(run: MigrationRun) {
		this.inFlight = math.max(0, this.inFlight - 1);
		this.runs.push(run);
		while (this.runs.size() > this.limit) this.runs.remove(0);
		this.totals[run.outcome] += 1;
		if (run.outcome === "migrated") {
			this.totals.durationSum += run.duration;
			this.totals.timed += 1;
		}
	}

	/** Abandons a load that never reached the runner (the player left, the session could not start). */
	abandon() {
		this.inFlight = math.max(0, this.inFlight - 1);
	}

	history(): ReadonlyArray<MigrationRun> {
		return table.clone(this.runs);
	}

	stats() {
		return {
			applied: this.totals.migrated,
			failed: this.totals.failed,
			refused: this.totals.refused,
			upToDate: this.totals.current,
			pending: this.inFlight,
			meanDuration: this.totals.timed > 0 ? this.totals.durationSum / this.totals.timed : 0,
		};
	}
}
