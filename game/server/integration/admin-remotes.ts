import { OnStart, Service } from "@flamework/core";
import { PlayerDataService } from "server/data/player-data-service";
import { forceMigration } from "server/data/force-migration";
import { ServerEvents } from "server/network/server-events";
import { rejectRequest } from "server/network/rejections";
import { isAdmin } from "./admins";
import { IntegrationService } from "./integration-service";

/** The admins' remotes: force a migration, force a synchronization. Anyone else's call is rejected and logged. */
@Service()
export class AdminRemotes implements OnStart {
	constructor(
		private readonly playerData: PlayerDataService,
		private readonly integration: IntegrationService,
	) {}

	onStart() {
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
			this.integration.forceSystemSynchronization();
		});
	}
}
