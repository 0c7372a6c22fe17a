// Each layout check fails on a screen made to break it and passes on one that does not; and the checks catch
// the HUD's two known problems in a tree laid out as the HUD was built before its ScreenInsets fix.
import { afterEach, describe, expect, it } from "@rbxts/jest-globals";
import { getEngine, LayoutElement, LayoutScreen } from "./engine";
import { checkLayout, describeProblems, LayoutCheck } from "./layout-checks";

/** A hand-made element; `clipped` leaves it no visible part (an ancestor's ClipsDescendants cut it all away). */
function element(
	name: string,
	rect: [number, number, number, number],
	extra: Partial<LayoutElement> = {},
	clipped = false,
) {
	const [x, y, w, h] = rect;
	const made: LayoutElement = {
		path: `Screen.${name}`,
		className: "Frame",
		name,
		x,
		y,
		w,
		h,
		rotation: 0,
		visible: clipped ? undefined : { x, y, w, h },
		interactive: false,
		draws: true,
		corner: 0,
		...extra,
	};
	return made;
}

const BUTTON = { className: "TextButton", interactive: true };
const TEXT = {
	className: "TextLabel",
	text: { lines: ["Hi"], size: 20, fits: true, scaled: false, width: 18, height: 20 },
};

function desktop(elements: LayoutElement[]): LayoutScreen {
	return {
		device: "desktop",
		width: 1920,
		height: 1080,
		touchTarget: 0,
		safeArea: { x: 0, y: 0, w: 1920, h: 1080 },
		topbar: { x: 0, y: 0, w: 1920, h: 58 },
		playerList: { x: 1746, y: 66, w: 166, h: 432 },
		tenFoot: false,
		elements,
	};
}

function phone(elements: LayoutElement[]): LayoutScreen {
	return {
		...desktop(elements),
		device: "phone",
		width: 844,
		height: 390,
		touchTarget: 44,
		safeArea: { x: 47, y: 0, w: 750, h: 369 },
		topbar: { x: 0, y: 0, w: 844, h: 58 },
		playerList: undefined,
	};
}

function checksOf(screen: LayoutScreen, panels?: string[]): LayoutCheck[] {
	return checkLayout(screen, { panels }).map((problem) => problem.check);
}

describe("layout checks", () => {
	it("pass a screen with everything in its place", () => {
		const screen = phone([
			element("Background", [0, 0, 844, 390]),
			element("Coins", [60, 70, 120, 44], TEXT),
			element("Shop", [60, 130, 90, 44], BUTTON),
			element("Panel", [300, 80, 300, 250]),
		]);
		expect(describeProblems(checkLayout(screen, { panels: ["Panel"] }))).toEqual([]);
	});

	it("top-bar: content under Roblox's top bar fails; a plain background may run under it", () => {
		expect(checksOf(desktop([element("Coins", [12, 12, 120, 40], TEXT)]))).toEqual(["top-bar"]);
		expect(checksOf(desktop([element("Menu", [300, 30, 80, 40], BUTTON)]))).toEqual(["top-bar"]);
		expect(checksOf(desktop([element("Background", [0, 0, 1920, 1080])]))).toEqual([]);
	});

	it("safe-area: a button under the phone's notch fails", () => {
		expect(checksOf(phone([element("Shop", [20, 130, 90, 44], BUTTON)]))).toEqual(["safe-area"]);
	});

	it("off-screen: something drawn past an edge fails; something clipped away is not drawn", () => {
		expect(checksOf(desktop([element("Toast", [1800, 900, 200, 60])]))).toEqual(["off-screen"]);
		expect(checksOf(desktop([element("Hidden", [2000, 900, 200, 60], {}, true)]))).toEqual([]);
	});

	it("panels-overlap: two open panels on top of each other fail, side by side they pass", () => {
		const shop = element("ShopPanel", [400, 200, 500, 500]);
		expect(
			checksOf(desktop([shop, element("SettingsPanel", [800, 300, 400, 400])]), ["ShopPanel", "SettingsPanel"]),
		).toEqual(["panels-overlap"]);
		expect(
			checksOf(desktop([shop, element("SettingsPanel", [950, 300, 400, 400])]), ["ShopPanel", "SettingsPanel"]),
		).toEqual([]);
	});

	it("text-fits: a text that does not fit its box fails", () => {
		const tooLong = { ...TEXT, text: { ...TEXT.text, fits: false, width: 300 } };
		expect(checksOf(desktop([element("Title", [100, 100, 100, 30], tooLong)]))).toEqual(["text-fits"]);
	});

	it("touch-target: a button smaller than 44x44 fails on a phone, not on a desktop", () => {
		const small = element("Close", [500, 100, 36, 36], BUTTON);
		expect(checksOf(phone([small]))).toEqual(["touch-target"]);
		expect(checksOf(desktop([small]))).toEqual([]);
	});

	it("player-list: content under Roblox's open player list fails", () => {
		expect(checksOf(desktop([element("LeaderboardTitle", [1590, 68, 320, 24], TEXT)]))).toEqual(["player-list"]);
		expect(checksOf(phone([element("LeaderboardTitle", [500, 68, 320, 24], TEXT)]))).toEqual([]);
	});
});

let nextUserId = 8500;

// The HUD as it was built before its ScreenInsets fix: the coins box 12 px from the top of a ScreenGui that ignores
// the GUI inset, and the leaderboard panel 330 px in from the right edge of a default ScreenGui.
function todaysHud(): Instance {
	const player = getEngine().addPlayerToHost(nextUserId, `HudFixture${nextUserId}`);
	nextUserId += 1;
	const playerGui = player.WaitForChild("PlayerGui");
	const hud = new Instance("ScreenGui");
	hud.Name = "AltairUI";
	hud.IgnoreGuiInset = true;
	hud.Parent = playerGui;
	const coinsBox = new Instance("Frame");
	coinsBox.Name = "CoinsBox";
	coinsBox.Position = new UDim2(0, 12, 0, 12);
	coinsBox.Size = UDim2.fromScale(0.2, 0.08);
	coinsBox.Parent = hud;
	const coins = new Instance("TextLabel");
	coins.Name = "Coins";
	coins.Text = "1,250";
	coins.TextScaled = true;
	coins.Size = UDim2.fromScale(1, 1);
	coins.Parent = coinsBox;
	const boards = new Instance("ScreenGui");
	boards.Name = "LeaderboardsGui";
	boards.Parent = playerGui;
	const panel = new Instance("Frame");
	panel.Name = "LeaderboardPanel";
	panel.Size = UDim2.fromOffset(320, 380);
	panel.Position = new UDim2(1, -330, 0, 10);
	panel.Parent = boards;
	const title = new Instance("TextLabel");
	title.Name = "LeaderboardTitle";
	title.Text = "Points";
	title.Size = new UDim2(1, 0, 0, 24);
	title.Parent = panel;
	return playerGui;
}

describe("layout checks on the HUD as it was", () => {
	afterEach(() => getEngine().layout.setDevice(game, "desktop"));

	it("find the coins under the top bar and the leaderboard panel over the player list", () => {
		const playerGui = todaysHud();
		const problems = checkLayout(getEngine().layout.screen(playerGui));
		const found = problems.map((problem) => `${problem.check} ${problem.path}`);
		expect(found).toContain("top-bar AltairUI.CoinsBox.Coins");
		expect(found).toContain("player-list LeaderboardsGui.LeaderboardPanel.LeaderboardTitle");
	});

	it("on a phone the coins are still under the top bar, and there is no open player list to cover", () => {
		const playerGui = todaysHud();
		getEngine().layout.setDevice(game, "phone");
		const checks = checkLayout(getEngine().layout.screen(playerGui)).map((problem) => problem.check);
		expect(checks).toContain("top-bar");
		expect(checks).never.toContain("player-list");
	});
});
