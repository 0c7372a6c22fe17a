import { describe, expect, it } from "@rbxts/jest-globals";
import { clientCoins } from "testing/game-client";
import { runWithGame } from "testing/game-server";
import { findOnScreen } from "testing/bots/screen-path";
import { playerGui } from "testing/ui-client";
import { createWorld } from "testing/world";

const USER_ID = 932;
const SETTINGS_ONLY = { changeSettings: 1, idle: 0, move: 0, collect: 0, runCourse: 0, buy: 0 };
const PRESSES = 6;

type Settings = Record<string, number | boolean>;

/** The names of the settings that differ between two stored versions. */
function changedNames(before: Settings, after: Settings): string[] {
	const names: string[] = [];
	for (const [name, value] of pairs(after)) if (before[name] !== value) names.push(name);
	return names;
}

describe("a bot changing its settings", () => {
	it("opens the settings panel with its menu button, presses one control and closes the panel, each time", () => {
		const world = createWorld({ seed: 95 });
		const server = world.startServer();
		const client = world.join(USER_ID, server);
		world.runUntil(() => clientCoins(client) !== undefined, 60);
		const stored = () => runWithGame(server, `return playerState.getPlayerData(${USER_ID}).settings`) as Settings;
		const panelOpen = () => findOnScreen(playerGui(client), ["SettingsPanel"]) !== undefined;

		const stats = client.startBot({ seed: 3, thinkMin: 2, thinkMax: 3, weights: SETTINGS_ONLY });
		let previous = stored();
		for (let press = 1; press <= PRESSES; press++) {
			expect(world.runUntil(() => (stats.actions.changeSettings ?? 0) >= press, 10)).toBe(true);
			// The change reaches the server a latency later; the bot is still thinking about its next press.
			world.advance(0.5);
			const now = stored();
			// One press of one control changes one setting, and the server stored it.
			expect(changedNames(previous, now).size()).toBe(1);
			expect(panelOpen()).toBe(false);
			previous = now;
		}
		expect(stats.errorToasts).toEqual({});
		expect(world.scriptErrors()).toEqual([]);
	});
});
