import { Flamework } from "@flamework/core";

/*
	Every client system is a controller in a module named `*-controller.ts`, found when the place is compiled (specs,
	named `*.spec.ts`, never match). Adding a system is adding its module; removing a folder, such as the demo's
	(game/client/demo), removes its controllers with it.
*/
Flamework.addPathsGlob("game/client/**/*-controller.ts");

Flamework.ignite();
