import { Players } from "@rbxts/services";
import type { ClientEvents } from "client/network/client-events";

/**
 * The client's own modules, as its scripts required them. A bot's code lives in ReplicatedStorage.testing.bots, so an
 * `import` of "client/..." would name the StarterPlayerScripts copy, a second instance with atoms nobody writes; the
 * running client required the copy under PlayerScripts, and `require` of that instance returns the same module table
 * from this peer's require cache.
 */
export function clientModule(...path: string[]): ModuleScript {
	let current: Instance = Players.LocalPlayer.WaitForChild("PlayerScripts").WaitForChild("client");
	for (const name of path) current = current.WaitForChild(name);
	return current as ModuleScript;
}

/** The client's side of every remote (client/network/client-events), the one its controllers fire. */
export function clientEvents(): typeof ClientEvents {
	return (require(clientModule("network", "client-events")) as { ClientEvents: typeof ClientEvents }).ClientEvents;
}
