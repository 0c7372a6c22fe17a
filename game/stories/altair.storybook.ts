import { Storybook } from "@rbxts/ui-labs";

/**
 * The storybook UI Labs lists in Studio (served by dev.project.json, never in the production place): one root per
 * domain, each holding its `*.story` modules.
 */
const ROOTS = [
	"app",
	"hud",
	"settings",
	"diagnostics",
	// demo:begin
	"shop",
	// demo:end
	"leaderboards",
];

const storybook: Storybook = {
	name: "Altair",
	storyRoots: ROOTS.map((name) => script.Parent!.WaitForChild(name)),
	groupRoots: true,
};

export = storybook;
