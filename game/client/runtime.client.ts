import { Flamework } from "@flamework/core";

// Every client system, listed once (see the server entry for why not Flamework.addPaths).
import "./controllers/server-info-controller";

Flamework.ignite();
