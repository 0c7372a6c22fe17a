import { Flamework } from "@flamework/core";

// Every client system, listed once (see the server entry for why not Flamework.addPaths).
import "./controllers/server-info-controller";
import "./sync/sync-controller";
import "./data/client-data-controller";
import "./data/settings-controller";
import "./leaderboards/leaderboard-controller";
import "./replication/entity-controller";
import "./ui/ui-controller";
// The demo game (npm run strip-demo removes these lines and game/*/demo).
import "./demo/demo-controller";

Flamework.ignite();
