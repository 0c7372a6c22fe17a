import { Flamework } from "@flamework/core";

// Every client system, listed once (see the server entry for why not Flamework.addPaths).
import "./controllers/server-info-controller";
import "./sync/sync-controller";
import "./data/client-data-controller";
import "./data/settings-controller";
import "./leaderboards/leaderboard-controller";
import "./replication/entity-controller";
import "./ui/ui-controller";
// The demo game: a fork deletes these lines with game/*/demo (docs/forking.md).
import "./demo/demo-controller";

Flamework.ignite();
