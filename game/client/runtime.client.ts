import { Flamework } from "@flamework/core";

// Every client system, listed once (see the server entry for why not Flamework.addPaths).
import "./localisation/localisation-controller";
import "./sync/sync-controller";
import "./data/settings-controller";
import "./leaderboards/leaderboard-controller";
// The leaderboards' UI: its folder and this line go together.
import "./ui/leaderboards/leaderboards-ui-controller";
import "./replication/entity-controller";
import "./ui/ui-controller";
import "./input/input-controller";
// demo:begin
// The demo game (game/*/demo): `npm run strip-demo` removes it, with these lines (docs/forking.md).
import "./demo/demo-controller";
// demo:end

Flamework.ignite();
