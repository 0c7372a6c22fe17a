import { Flamework } from "@flamework/core";
import { greet } from "shared/hello";
Flamework.addPaths("game/server");
Flamework.ignite();
print(greet("server"));
