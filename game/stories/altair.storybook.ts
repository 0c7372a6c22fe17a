import { Storybook } from "@rbxts/ui-labs";

/**
 * The storybook UI Labs lists in Studio (served by dev.project.json, never in the production place): one root per
 * domain, each a folder beside this module holding its `*.story` modules (a game's own stories in a folder of its own),
 * in the order of their names. The mocks' folder holds no stories.
 */
const ROOTS = script
	.Parent!.GetChildren()
	.filter((child) => child.IsA("Folder") && child.Name !== "mocks")
	.sort((a, b) => a.Name < b.Name);

const storybook: Storybook = {
	name: "Altair",
	storyRoots: ROOTS,
	groupRoots: true,
};

export = storybook;
