// Every scene of the UI on every device, laid out by the engine on a real client of a world and held to the layout
// checks (testing/layout-checks): what a player would see wrong, found without Studio.
import { beforeAll, describe, expect, it } from "@rbxts/jest-globals";
import { getEngine } from "testing/engine";
import { runOnClient } from "testing/game-client";
import { checkLayout, describeProblems } from "testing/layout-checks";
import { createWorld, World, WorldClient } from "testing/world";

const USER_ID = 9190;
const FRAMEWORK_FRAMES = ["SettingsPanel", "DiagnosticsPanel", "LeaderboardPanel"];
// The HUD button that opens each of the framework's panel scenes, and the panel it opens.
const SCENES: ReadonlyArray<[scene: string, button?: string, panel?: string]> = [
	["hud"],
	["settings", "SettingsButton", "SettingsPanel"],
	["leaderboards", "LeaderboardsButton", "LeaderboardPanel"],
	["diagnostics", "DiagnosticsButton", "DiagnosticsPanel"],
];

const LOADING_USER_ID = 9191;

let world: World;
let client: WorldClient;
/** The panels the game added to the UI (client/ui/ui-registry), as the client's UiController has them. */
let gamePanels: ReadonlyArray<{ button: string; frame: string }> = [];
let panelFrames: string[] = [];
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

/** The problems on one scene, on every device, as "device: check path: detail" lines. `of` is the client shown. */
function problemsOnEveryDevice(button?: string, panel?: string, of = client): string[] {
	const lines: string[] = [];
	for (const device of getEngine().layout.devices) {
		getEngine().layout.setDevice(of.game()!, device);
		// The UI follows the new viewport (thumb-sized buttons on a touch screen) on its next render.
		world.advance(0.25);
		if (of === client) open(button, panel);
		const problems = checkLayout(getEngine().layout.screen(playerGui(of)), { panels: panelFrames });
		for (const line of describeProblems(problems)) lines.push(`${device}: ${line}`);
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
	gamePanels = runOnClient(
		client,
		`local ui = controller("client/ui/ui-controller@UiController")
		 local found = {}
		 for _, panel in ui.extensions().panels do table.insert(found, { button = panel.button, frame = panel.frame }) end
		 return found`,
	) as { button: string; frame: string }[];
	panelFrames = [...FRAMEWORK_FRAMES, ...gamePanels.map((panel) => panel.frame)];
	// Once its loading screen shows, whatever the server sends this player next takes a day.
	loading = world.join(LOADING_USER_ID, server);
	world.runUntil(() => runOnClient(loading, mount) === true, 30);
	world.runUntil(() => loading.findText("LoadingText") !== undefined, 30);
	world.addFault({ kind: "network-latency", userId: LOADING_USER_ID, seconds: 86400 });
});

describe("the UI's layout on every device", () => {
	for (const [scene, button, panel] of SCENES) {
		it(`${scene}: no layout problem on any device`, () => {
			expect(problemsOnEveryDevice(button, panel)).toEqual([]);
		});
	}

	// Each panel the game added (a shop, say), opened by its own HUD button.
	it("the game's own panels: no layout problem on any device", () => {
		for (const panel of gamePanels) {
			expect([panel.frame, problemsOnEveryDevice(panel.button, panel.frame)]).toEqual([panel.frame, []]);
		}
	});

	// The touch-target check holds a phone to 44x44; this holds the desktop to the compact size a mouse needs.
	it("buttons grow to a thumb's size on touch screens only: a desktop keeps its mouse-sized ones", () => {
		open("SettingsButton", "SettingsPanel");
		// A panel's close button: 36 px square under a mouse.
		const height = (device: "desktop" | "phone" | "tablet" | "laptop") => {
			getEngine().layout.setDevice(client.game()!, device);
			world.advance(0.25);
			return (find("Close") as TextButton).AbsoluteSize.Y;
		};
		expect(height("phone")).toBeGreaterThanOrEqual(44);
		expect(height("tablet")).toBeGreaterThanOrEqual(44);
		expect(height("desktop")).toBeLessThan(44);
		expect(height("laptop")).toBeLessThan(44);
	});

	it("loading: no layout problem on any device", () => {
		expect(loading.findText("LoadingText")).toBe("Loading your data...");
		expect(problemsOnEveryDevice(undefined, undefined, loading)).toEqual([]);
	});
});
