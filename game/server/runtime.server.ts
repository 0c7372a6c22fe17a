import { Flamework } from "@flamework/core";

// Every server system, listed once: importing a module registers its Flamework services. (An explicit list rather
// than Flamework.addPaths, which would also load the specs that sit beside the code in the test place.)
import "./data/player-data-service";
import "./data/receipt-service";
import "./services/game-state-service";
import "./sync/sync-service";
import "./actions/settings-actions";
import "./replication/entity-service";
import "./leaderboards/leaderboard-service";
import "./leaderboards/leaderboard-health";
// The leaderboards' optional modules: each one's folder and line here go together.
import "./leaderboards/seasons/season-history";
import "./leaderboards/metadata/leaderboard-metadata";
import "./leaderboards/ratings/match-ratings";
import "./leaderboards/shared-tops/shared-tops";
import "./integration/integration-service";
import "./integration/admin-remotes";
import "./analytics/ui-error-service";
import "./analytics/game-analytics";
import "./monetization/game-pass-service";
import "./badges/badge-awarder";

/**
 * A game built on the framework keeps its server code in a folder of its own beside these (the demo's is ./demo), with
 * an `entry` module there that imports its services. Each such module is loaded before ignite, so a game's folder is
 * added or deleted without editing this file.
 */
for (const folder of script.Parent!.GetChildren()) {
	const entry = folder.FindFirstChild("entry");
	if (folder.IsA("Folder") && entry?.IsA("ModuleScript")) require(entry);
}

Flamework.ignite();
