import { Flamework } from "@flamework/core";

Flamework.addPaths("game/server/services");
Flamework.ignite();
