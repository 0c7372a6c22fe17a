import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { Workspace } from "@rbxts/services";
import { BoardRow } from "shared/leaderboards/view";
import { THEME } from "client/ui/components/theme";
import { boardRowFont, boardRowText } from "testing/board-row-text";
import { TestScreen } from "testing/react-screen";
import { mountStory, wasMounted } from "testing/ui-labs";
import storybook from "./altair.storybook";
import appStory from "./app/app.story";
import diagnosticsStory from "./diagnostics/diagnostics-panel.story";
import hudStory from "./hud/hud.story";
import loadingScreenStory from "./hud/loading-screen.story";
import leaderboardPanelStory from "./leaderboards/leaderboard-panel.story";
import worldBoardStory from "./leaderboards/world-board.story";
import {
	MOCK_BOARD_PART,
	MOCK_EMPTY,
	MOCK_LEADERBOARDS,
	MOCK_LOADING,
	MOCK_OUTSIDER,
	MOCK_OUTSIDER_OWN,
	MOCK_SEASONS,
	MOCK_VIEWER,
} from "./mocks/leaderboards.mock";
import { MOCK_REPORT } from "./mocks/player.mock";
import settingsStory from "./settings/settings-panel.story";

const POINTS = MOCK_LEADERBOARDS.boards.points;
/** How the panel writes a Points row: rank, name, then the score (Points values are the scores themselves). */
const pointsRow = (row: BoardRow) => `${row.rank}. ${row.name}  ${row.encoded}`;

// Every UI Labs story mounts into a ScreenGui in a player's PlayerGui, as the plugin would mount it, and shows what its
// controls and mocks say: each expectation is worked out from the story's inputs.
describe("UI Labs stories", () => {
	let mounted: TestScreen | undefined;
	afterEach(() => {
		mounted?.unmount();
		mounted = undefined;
	});

	it("loading screen: says what it waits for", () => {
		mounted = mountStory(loadingScreenStory, { waitingFor: "game" });
		expect(mounted.find("LoadingScreen")?.IsA("Frame")).toBe(true);
		expect(mounted.text("LoadingText")).toBe("Loading the game...");
	});

	it("HUD: coins with separators, the toasts, the panel buttons, Health only for admins", () => {
		mounted = mountStory(hudStory, { coins: 1234567, reward: "a reward", refusal: "a refusal", admin: true });
		expect(mounted.text("Coins")).toBe("1,234,567");
		expect(mounted.text("RewardToast")).toBe("a reward");
		expect(mounted.text("ErrorToast")).toBe("a refusal");
		expect(mounted.text("SettingsButton")).toBe("Settings");
		expect(mounted.text("LeaderboardsButton")).toBe("Boards");
		expect(mounted.text("DiagnosticsButton")).toBe("Health");
		mounted.unmount();
		mounted = mountStory(hudStory, { coins: 7, admin: false });
		expect(mounted.text("Coins")).toBe("7");
		expect(mounted.find("DiagnosticsButton")).toBeUndefined();
	});

	it("settings: volumes as percentages and the timer toggle", () => {
		mounted = mountStory(settingsStory, { musicVolume: 0.3, effectsVolume: 1, showRoundTimer: false });
		expect(mounted.text("MusicVolume")).toBe("30%");
		expect(mounted.text("EffectsVolume")).toBe("100%");
		expect(mounted.text("ShowRoundTimer")).toBe("Off");
		expect(mounted.find("MusicVolumeUp")?.IsA("TextButton")).toBe(true);
		expect(mounted.find("MusicVolumeDown")?.IsA("TextButton")).toBe(true);
	});

	it("diagnostics: overall grade, the report's age, every system with its reasons, force sync", () => {
		mounted = mountStory(diagnosticsStory, { ageSeconds: 9 });
		expect(mounted.text("DiagnosticsOverall")).toBe(`Overall: ${MOCK_REPORT.overall}`);
		expect(mounted.text("DiagnosticsAge")).toBe("Updated 9 s ago");
		expect(mounted.text("ForceSync")).toBe("Force sync");
		for (const system of MOCK_REPORT.systems) {
			const row = mounted.find(`System_${system.name}`)!;
			expect((row.FindFirstChild("SystemStatus") as TextLabel).Text).toBe(system.status);
			expect((row.FindFirstChild("SystemReasons") as TextLabel).Text).toBe(
				system.reasons.size() > 0 ? system.reasons.join("; ") : "No problems",
			);
		}
	});

	it("app: the HUD with the chosen panel once loaded, only the loading screen before", () => {
		mounted = mountStory(appStory, { loaded: true, panel: "settings" });
		expect(mounted.find("Hud")).toBeDefined();
		expect(mounted.find("SettingsPanel")).toBeDefined();
		expect(mounted.find("LoadingScreen")).toBeUndefined();
		mounted.unmount();
		mounted = mountStory(appStory, { loaded: true, panel: "diagnostics" });
		expect(mounted.find("DiagnosticsPanel")).toBeDefined();
		expect(mounted.find("SettingsPanel")).toBeUndefined();
		mounted.unmount();
		mounted = mountStory(appStory, { loaded: false, panel: "settings" });
		expect(mounted.text("LoadingText")).toBe("Loading your data...");
		expect(mounted.find("Coins")).toBeUndefined();
		expect(mounted.find("SettingsPanel")).toBeUndefined();
	});

	it("leaderboard panel: tabs, seasons, the top with the viewer's own row highlighted", () => {
		mounted = mountStory(leaderboardPanelStory);
		expect(mounted.text("LeaderboardTitle")).toBe(POINTS.title);
		for (const name of MOCK_LEADERBOARDS.order) {
			expect(mounted.text(`LeaderboardTab_${name}`)).toBe(MOCK_LEADERBOARDS.boards[name].title);
		}
		expect(mounted.text(`LeaderboardSeason_${POINTS.season}`)).toBe("Current");
		POINTS.rows.forEach((row, index) => {
			const shown = mounted!.find(`LeaderboardRow${index + 1}`);
			expect(boardRowText(shown)).toBe(pointsRow(row));
			expect(boardRowFont(shown)).toBe(row.userId === MOCK_VIEWER.userId ? THEME.boldFont : THEME.font);
		});
		expect(mounted.find(`LeaderboardRow${POINTS.rows.size() + 1}`)).toBeUndefined();
		expect(mounted.find("LeaderboardPinned")).toBeUndefined();
	});

	it("leaderboard panel: a viewer outside the top is pinned below it as 100+", () => {
		mounted = mountStory(leaderboardPanelStory, { viewer: { ...MOCK_OUTSIDER, own: MOCK_OUTSIDER_OWN } });
		const last = POINTS.rows.size();
		expect(boardRowText(mounted.find(`LeaderboardRow${last}`))).toBe(pointsRow(POINTS.rows[last - 1]));
		expect(mounted.find(`LeaderboardRow${last + 1}`)).toBeUndefined();
		const own = MOCK_OUTSIDER_OWN.points;
		expect(boardRowText(mounted.find("LeaderboardPinned"))).toBe(
			`${own.label}. ${MOCK_OUTSIDER.name}  ${own.encoded}`,
		);
	});

	it("leaderboard panel: loading before the first read, then empty once read", () => {
		mounted = mountStory(leaderboardPanelStory, { state: MOCK_LOADING });
		expect(mounted.text("LeaderboardTitle")).toBe(POINTS.title);
		expect(mounted.text("LeaderboardStatus")).toBe("Loading…");
		expect(mounted.find("LeaderboardRow1")).toBeUndefined();
		mounted.unmount();
		mounted = mountStory(leaderboardPanelStory, { state: MOCK_EMPTY });
		expect(mounted.text("LeaderboardStatus")).toBe("No scores yet");
		expect(mounted.find("LeaderboardRow1")).toBeUndefined();
		expect(mounted.find("LeaderboardPinned")).toBeUndefined();
	});

	it("leaderboard panel: a past season shows its snapshot and its name", () => {
		for (const season of [MOCK_SEASONS.lastWeek, MOCK_SEASONS.twoWeeksAgo]) {
			mounted = mountStory(leaderboardPanelStory, { season });
			const past = POINTS.history?.find((top) => top.season === season)!;
			expect(mounted.text("LeaderboardSeason")).toBe(mounted.text(`LeaderboardSeason_${season}`));
			past.rows.forEach((row, index) =>
				expect(boardRowText(mounted!.find(`LeaderboardRow${index + 1}`))).toBe(pointsRow(row)),
			);
			expect(mounted.find(`LeaderboardRow${past.rows.size() + 1}`)).toBeUndefined();
			expect(mounted.find("LeaderboardPinned")).toBeUndefined();
			mounted.unmount();
			mounted = undefined;
		}
	});

	it("world board: a SurfaceGui on the story's part with the board's title and top", () => {
		mounted = mountStory(worldBoardStory, { board: POINTS });
		const part = Workspace.FindFirstChild(MOCK_BOARD_PART);
		expect(part?.IsA("Part")).toBe(true);
		const text = (name: string) => (part?.FindFirstChild(name, true) as TextLabel | undefined)?.Text;
		const row = (name: string) => boardRowText(part?.FindFirstChild(name, true));
		expect(part?.FindFirstChildWhichIsA("SurfaceGui")).toBeDefined();
		expect(text("BoardTitle")).toBe(POINTS.title);
		POINTS.rows.forEach((entry, index) => expect(row(`BoardRow${index + 1}`)).toBe(pointsRow(entry)));
		// The screen itself draws nothing: the board is in the world.
		expect(mounted.find("BoardRow1")).toBeUndefined();
		mounted.unmount();
		mounted = undefined;
		expect(Workspace.FindFirstChild(MOCK_BOARD_PART)).toBeUndefined();
	});

	// Runs last: every story the storybook's roots hold is under a root, and was mounted above, or by the spec of its
	// own folder (a game's stories, with their spec beside them).
	it("the storybook lists every story, and every story is mounted above", () => {
		const folder = script.Parent!;
		const roots = new Set(storybook.storyRoots);
		const stories = folder.GetDescendants().filter((module) => module.Name.match("%.story$")[0] !== undefined);
		expect(stories.size()).toBeGreaterThan(0);
		const hasOwnSpec = (root: Instance) =>
			root.GetChildren().some((child) => child.Name.match("%.spec$")[0] !== undefined);
		for (const module of stories) {
			let root: Instance | undefined = module.Parent;
			while (root !== undefined && root !== folder && !roots.has(root)) root = root.Parent;
			expect([module.Name, roots.has(root!)]).toEqual([module.Name, true]);
			if (hasOwnSpec(root!)) continue;
			expect([module.Name, wasMounted(require(module as ModuleScript))]).toEqual([module.Name, true]);
		}
	});
});
