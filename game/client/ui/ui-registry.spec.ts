import { describe, expect, it } from "@rbxts/jest-globals";
import { FRAMEWORK_PANELS, menuEntries, NO_EXTENSIONS, PanelItem, withHudItem, withPanel } from "./ui-registry";

const component = () => undefined;

function panel(name: string, order: number, names: Partial<Pick<PanelItem, "button" | "frame">> = {}): PanelItem {
	return {
		panel: name,
		order,
		button: names.button ?? `${name}Button`,
		labelKey: `Menu.${name}`,
		frame: names.frame ?? `${name}Panel`,
		binding: { keyboard: [], gamepad: [] },
		component,
	};
}

describe("the UI registry", () => {
	it("puts a game's panels among the framework's by their order", () => {
		const extensions = withPanel(withPanel(NO_EXTENSIONS, panel("late", 99)), panel("early", 1));
		const names = menuEntries(extensions).map((entry) => entry.panel);
		expect(names).toEqual(["early", ...FRAMEWORK_PANELS.map((entry) => entry.panel), "late"]);
		// The value it was given is left as it was: a registration makes a new value for the atom.
		expect(NO_EXTENSIONS.panels.size()).toBe(0);
	});

	it("refuses a panel whose name, button or frame is taken, and a panel named none", () => {
		const one = withPanel(NO_EXTENSIONS, panel("one", 1));
		expect(() => withPanel(one, panel("one", 2))).toThrow("already in the menu");
		expect(() => withPanel(one, panel("two", 2, { button: "oneButton" }))).toThrow("reuses");
		expect(() => withPanel(one, panel("two", 2, { frame: "SettingsPanel" }))).toThrow("reuses");
		expect(() => withPanel(NO_EXTENSIONS, panel("settings", 2))).toThrow("already in the menu");
		expect(() => withPanel(NO_EXTENSIONS, panel("none", 2))).toThrow("names no panel");
		expect(menuEntries(one).size()).toBe(FRAMEWORK_PANELS.size() + 1);
	});

	it("refuses a HUD item whose key is taken", () => {
		const shown = withHudItem(NO_EXTENSIONS, { key: "Round", component });
		expect(shown.hud.map((item) => item.key)).toEqual(["Round"]);
		expect(() => withHudItem(shown, { key: "Round", component })).toThrow("already shown");
	});
});
