import type { Config } from "@rbxts/jest";
import { ReplicatedStorage } from "@rbxts/services";

// One config for every test root (shared, server, client and testing), placed beside each by test.project.json.
export = {
	testMatch: ["**/*.spec"],
	setupFiles: [ReplicatedStorage.WaitForChild("testing").WaitForChild("setup") as ModuleScript],
} satisfies Config;
