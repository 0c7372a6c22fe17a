// Every scene of the UI on every device, laid out by the engine on a real client of a world and held to the layout
// checks (testing/layout-checks): what a player would see wrong, found without Studio.
import { beforeAll, describe, expect, it } from "@rbxts/jest-globals";
import { DeviceName, getEngine } from "testing/engine";
import { runOnClient } from "testing/game-client";
import { checkLayout, describeProblems, LayoutCheck, LayoutProblem } from "testing/layout-checks";
import { createWorld, World, WorldClient } from "testing/world";

const USER_ID = 9190;
const PANELS = ["ShopPanel", "SettingsPanel", "DiagnosticsPanel", "LeaderboardPanel"];
// The HUD button that opens each panel scene, and the panel it opens.
const SCENES: ReadonlyArray<[scene: string, button?: string, panel?: string]> = [
	["hud"],
	// demo:begin
	["shop", "ShopButton", "ShopPanel"],
	// demo:end
	["settings", "SettingsButton", "SettingsPanel"],
	["leaderboards", "LeaderboardsButton", "LeaderboardPanel"],
	["diagnostics", "DiagnosticsButton", "DiagnosticsPanel"],
];

const LOADING_USER_ID = 9191;

let world: World;
let client: WorldClient;
// A second player held on the loading screen.
let loading: WorldClient;

function playerGui(of = client): Instance {
	return of.game()!.GetService("Players").LocalPlayer!.WaitForChild("PlayerGui");
}

function find(name: string, of = client): Instance | undefined {
	return playerGui(of).FindFirstChild(name, true);
}

/** Presses a HUD button as a player does, then lets the handlers and React's render apply. */
function press(name: string) {
	const button = find(name);
	if (button === undefined || !button.IsA("GuiButton")) error(`no button ${name} on the screen`);
	getEngine().click(button);
	world.advance(0.25);
}

function open(button?: string, panel?: string) {
	// The Boards button toggles its panel, so a panel already open from the previous device stays as it is.
	if (panel !== undefined && find(panel) !== undefined) return;
	if (find("Close") !== undefined) press("Close");
	if (button === undefined) return;
	press(button);
	if (panel !== undefined && find(panel) === undefined) error(`${button} did not open ${panel}`);
}

interface KnownProblem {
	readonly cause: string;
	readonly checks: ReadonlyArray<LayoutCheck>;
	/** Paths the problem is on: an element whose path starts with one of these. */
	readonly under: ReadonlyArray<string>;
	readonly devices: ReadonlyArray<DeviceName>;
}

const TOUCH: DeviceName[] = ["phone", "tablet"];

/**
 * What the checks find on today's UI, each with its cause, until the UI is fixed. A problem not listed here fails
 * its scene; an entry that no longer occurs fails the last spec, so a fix must take its entry out.
 */
const KNOWN: ReadonlyArray<KnownProblem> = [
	{
		cause: "the leaderboard panel is 380 px tall, taller than a phone's screen below the top bar",
		checks: ["off-screen", "top-bar"],
		under: ["LeaderboardsGui.LeaderboardPanel"],
		devices: ["phone"],
	},
	{
		cause: "buttons sized for a mouse: 33 px menu and row buttons, 36 px close buttons, 24 px board tabs",
		checks: ["touch-target"],
		under: [
			"AltairUI.Hud.Menu.",
			"AltairUI.ShopPanel.",
			"AltairUI.SettingsPanel.",
			"AltairUI.DiagnosticsPanel.",
			"LeaderboardsGui.LeaderboardPanel.Tabs.",
		],
		devices: TOUCH,
	},
];

const seen = new Set<KnownProblem>();

function knownAs(problem: LayoutProblem, device: DeviceName): KnownProblem | undefined {
	return KNOWN.find(
		(known) =>
			known.checks.includes(problem.check) &&
			known.devices.includes(device) &&
			known.under.some((prefix) => problem.path.sub(1, prefix.size()) === prefix),
	);
}

/**
 * The problems on one scene, on every device, that KNOWN does not explain, as "device: check path: detail" lines.
 * `of` is the client whose screen is checked.
 */
function unexplainedProblems(button?: string, panel?: string, of = client): string[] {
	const lines: string[] = [];
	for (const device of getEngine().layout.devices) {
		getEngine().layout.setDevice(of.game()!, device);
		if (of === client) open(button, panel);
		const problems = checkLayout(getEngine().layout.screen(playerGui(of)), { panels: PANELS });
		const unexplained = problems.filter((problem) => {
			const known = knownAs(problem, device);
			if (known !== undefined) seen.add(known);
			return known === undefined;
		});
		for (const line of describeProblems(unexplained)) lines.push(`${device}: ${line}`);
	}
	return lines;
}

beforeAll(() => {
	world = createWorld({ seed: 919 });
	const server = world.startServer();
	// An admin, as a fork lists its own ids, so the diagnostics panel shows.
	server.run(`
		local config = game:GetService("ReplicatedStorage"):WaitForChild("shared"):WaitForChild("config")
		table.insert(require(config:WaitForChild("admin")).ADMIN_CONFIG.userIds, ${USER_ID})`);
	client = world.join(USER_ID, server);
	// The UiController's onStart mounts the UI; this waits until the controller is up (mount is idempotent).
	const mount = `local ui = controller("client/ui/ui-controller@UiController") ui:mount() return true`;
	world.runUntil(() => runOnClient(client, mount) === true, 30);
	world.runUntil(() => client.findText("Coins") !== undefined && find("DiagnosticsButton") !== undefined, 60);
	// Once its loading screen shows, whatever the server sends this player next takes a day.
	loading = world.join(LOADING_USER_ID, server);
	world.runUntil(() => runOnClient(loading, mount) === true, 30);
	world.runUntil(() => loading.findText("LoadingText") !== undefined, 30);
	world.addFault({ kind: "network-latency", userId: LOADING_USER_ID, seconds: 86400 });
});

describe("the UI's layout on every device", () => {
	for (const [scene, button, panel] of SCENES) {
		it(`${scene}: on every device, no layout problem but the known ones`, () => {
			expect(unexplainedProblems(button, panel)).toEqual([]);
		});
	}

	it("loading: on every device, no layout problem but the known ones", () => {
		expect(loading.findText("LoadingText")).toBe("Loading your data...");
		expect(unexplainedProblems(undefined, undefined, loading)).toEqual([]);
	});

	it("every known problem still occurs (a fix takes its entry out of KNOWN)", () => {
		expect(KNOWN.filter((known) => !seen.has(known)).map((known) => known.cause)).toEqual([]);
	});
});
