import { describe, expect, it } from "@rbxts/jest-globals";
import { runOnClient } from "testing/game-client";
import { giveCoins } from "testing/game-server";
import { clickOnScreen as click, joinedWithUi, untilUiShown } from "testing/ui-client";
import { createWorld } from "testing/world";

const LOCALISATION = `local localisation = controller("client/localisation/localisation-controller@LocalisationController")`;

// A player whose Roblox language is Spanish (Player.LocaleId "es-es") sees the game in Spanish: the HUD, the panels
// and the server's refusals, with Spanish digit grouping. LocalisationController gets the translator with
// LocalizationService:GetTranslatorForPlayerAsync.
describe("a Spanish player", () => {
	it("sees the HUD, a panel and a refusal toast in Spanish", () => {
		const { world, server, client } = joinedWithUi(121, 1201, "es-es");
		world.advance(1);
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
		untilUiShown(perPlayer, spanish);
		perPlayer.advance(1);
		expect(runOnClient(spanish, `${LOCALISATION} return localisation.source`)).toBe("locale");
		expect(spanish.findText("CoinsCaption")).toBe("Monedas");

		const everything = createWorld({ seed: 124 });
		everything.addFault({ kind: "localization-outage" });
		const other = everything.startServer();
		const english = everything.join(1204, other, { locale: "es-es" });
		untilUiShown(everything, english);
		everything.advance(1);
		expect(runOnClient(english, `${LOCALISATION} return localisation.source`)).toBe("source");
		expect(english.findText("CoinsCaption")).toBe("Coins");
		expect(english.errors()).toEqual([]);
	});
});
