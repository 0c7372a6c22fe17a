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
// demo:begin
// The demo game (game/*/demo): `npm run strip-demo` removes it, with these lines (docs/forking.md).
import "./demo/movement-service";
import "./demo/round-service";
import "./demo/course-service";
import "./demo/shop-service";
// demo:end

Flamework.ignite();
