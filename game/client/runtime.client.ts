import { Flamework } from "@flamework/core";

Flamework.addPaths("game/client/controllers");
Flamework.ignite();
