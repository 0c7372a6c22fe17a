import { Flamework } from "@flamework/core";
Flamework.addPaths("game/client");
Flamework.ignite();
