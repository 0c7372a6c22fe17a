import { Flamework } from "@flamework/core";

/*
	Every client system is a controller in a module named `*-controller.ts`, found when the place is compiled (specs,
	named `*.spec.ts`, never match). Adding a system is adding its module, and removing a folder
	removes its controllers with it: that is how `npm run strip-demo` takes the demo's out (docs/forking.md).
*/
Flamework.addPathsGlob("game/client/**/*-controller.ts");

Flamework.ignite();
