import { describe, expect, it } from "@rbxts/jest-globals";
import { runOnClient } from "testing/game-client";
import { giveCoins } from "testing/game-server";
import { getEngine } from "testing/engine";
import { createWorld, World, WorldClient } from "testing/world";

const UI = `local ui = controller("client/ui/ui-controller@UiController")`;
const LOCALISATION = `local localisation = controller("client/localisation/localisation-controller@LocalisationController")`;

function playerGui(client: WorldClient): Instance {
	return client.game()!.FindFirstChildOfClass("Players")!.LocalPlayer!.FindFirstChild("PlayerGui")!;
}

/** Clicks the button of this name on the player's screen, as the player does. */
function click(world: World, client: WorldClient, name: string) {
	const button = playerGui(client).FindFirstChild(name, true);
	expect(button !== undefined && button.IsA("GuiButton")).toBe(true);
	expect(getEngine().click(button as GuiButton)).toBe(true);
	world.advance(0.3);
}

/** A player who joins with this locale, with the UI mounted and loaded. */
function joined(seed: number, userId: number, locale: string) {
	const world = createWorld({ seed });
	const server = world.startServer();
	const client = world.join(userId, server, { locale });
	world.runUntil(() => runOnClient(client, `${UI} ui:mount() return true`) === true, 30);
	world.runUntil(() => client.findText("Coins") !== undefined, 60);
	world.advance(1);
	return { world, server, client };
}

// A player whose Roblox language is Spanish (Player.LocaleId "es-es") sees the game in Spanish: the HUD, the panels
// and the server's refusals, with Spanish digit grouping. LocalisationController gets the translator with
// LocalizationService:GetTranslatorForPlayerAsync.
describe("a Spanish player", () => {
	it("sees the HUD, a panel and a refusal toast in Spanish", () => {
		const { world, server, client } = joined(121, 1201, "es-es");
		expect(runOnClient(client, `${LOCALISATION} return localisation.source`)).toBe("player");
		expect(client.findText("CoinsCaption")).toBe("Monedas");
		expect(client.findText("LeaderboardsButton")).toBe("Tablas");
		expect(client.findText("SettingsButton")).toBe("Ajustes");
		giveCoins(server, 1201, 1250);
		world.advance(0.5);
		expect(client.findText("Coins")).toBe("1.250");

		click(world, client, "SettingsButton");
		expect(client.findText("Title")).toBe("Ajustes");
		expect(client.findText("MusicVolume")).toMatch("^%d+ %%$");

		// A player who is not an admin asks for a force sync: the server refuses, and the toast is in Spanish.
		runOnClient(client, `require(client.network["client-events"]).ClientEvents.admin.forceSync:fire()`);
		world.advance(0.5);
		expect(client.findText("ErrorToast")).toBe("Solo los administradores pueden hacer eso.");
		expect(client.errors()).toEqual([]);
	});

	it("falls back to the locale's translator, then to English, when LocalizationService fails", () => {
		const perPlayer = createWorld({ seed: 123 });
		perPlayer.addFault({ kind: "localization-outage", userId: 1203 });
		const server = perPlayer.startServer();
		const spanish = perPlayer.join(1203, server, { locale: "es-es" });
		perPlayer.runUntil(() => runOnClient(spanish, `${UI} ui:mount() return true`) === true, 30);
		perPlayer.runUntil(() => spanish.findText("Coins") !== undefined, 60);
		perPlayer.advance(1);
		expect(runOnClient(spanish, `${LOCALISATION} return localisation.source`)).toBe("locale");
		expect(spanish.findText("CoinsCaption")).toBe("Monedas");

		const everything = createWorld({ seed: 124 });
		everything.addFault({ kind: "localization-outage" });
		const other = everything.startServer();
		const english = everything.join(1204, other, { locale: "es-es" });
		everything.runUntil(() => runOnClient(english, `${UI} ui:mount() return true`) === true, 30);
		everything.runUntil(() => english.findText("Coins") !== undefined, 60);
		everything.advance(1);
		expect(runOnClient(english, `${LOCALISATION} return localisation.source`)).toBe("source");
		expect(english.findText("CoinsCaption")).toBe("Coins");
		expect(english.errors()).toEqual([]);
	});
});
