import { describe, expect, it } from "@rbxts/jest-globals";
import { createWorld } from "../../world";

// create.roblox.com/docs/reference/engine/classes/LocalizationService#GetTranslatorForPlayerAsync and
// #GetTranslatorForLocaleAsync (they yield and can error, so they are pcalled), #GetTableEntries;
// create.roblox.com/docs/reference/engine/classes/LocalizationTable#GetEntries and #SetEntries;
// create.roblox.com/docs/reference/engine/classes/Translator#FormatByKey with the parameters of
// create.roblox.com/docs/production/localization/translate-dynamic-content; Player.LocaleId
// (create.roblox.com/docs/reference/engine/classes/Player#LocaleId).
const HELPERS = `
	local localization = game:GetService("LocalizationService")
	local player = game:GetService("Players").LocalPlayer
	local function try(fn, ...) local ok, result = pcall(fn, ...) return if ok then result else "error" end
	local function format(translator, key, args)
		return try(function() return translator:FormatByKey(key, args) end)
	end
	-- A table of the spec's own, beside the place's.
	local own = Instance.new("LocalizationTable")
	own.Name = "SpecTable"
	own:SetEntries({
		{ Key = "Spec.Greeting", Source = "Hello {name}, you have {1} coins", Values = { es = "Hola {name}, tienes {1} monedas" } },
		{ Key = "Spec.Untranslated", Source = "Only in English", Values = {} },
		{ Key = "Spec.Regional", Source = "Colour", Values = { es = "Color", ["es-mx"] = "Color MX" } },
		{ Key = "Spec.Amount", Source = "{1:num} / {1:fixed} / {1:int}", Values = { es = "{1:num} / {1:fixed} / {1:int}" } },
	})
	own.Parent = localization
`;

describe("LocalizationService, LocalizationTable and Translator", () => {
	it("gives each player the LocaleId they joined with, on the server and on their client", () => {
		const world = createWorld();
		const server = world.startServer();
		const spanish = world.join(61, server, { locale: "es-es" });
		const english = world.join(62, server);
		world.advance(1);
		expect(
			server.run(`
				local players = game:GetService("Players")
				return { players:GetPlayerByUserId(61).LocaleId, players:GetPlayerByUserId(62).LocaleId }
			`),
		).toEqual(["es-es", "en-us"]);
		expect(spanish.run(`return game:GetService("Players").LocalPlayer.LocaleId`)).toBe("es-es");
		expect(spanish.run(`return game:GetService("LocalizationService").RobloxLocaleId`)).toBe("es-es");
		expect(english.run(`return game:GetService("Players").LocalPlayer.LocaleId`)).toBe("en-us");
	});

	it("reads the place's tables and a table's own entries; SetEntries replaces them", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(63, server);
		world.advance(1);
		const result = client.run(`${HELPERS}
			local coins
			for _, entry in localization:GetTableEntries() do
				if entry.Key == "Hud.Coins" then coins = entry end
			end
			local before = #own:GetEntries()
			local copy = own:GetEntries()
			copy[1].Source = "changed in the copy only"
			own:SetEntries({ { Key = "Spec.Only", Source = "One" } })
			return { coins.Source, coins.Values.es, before, own:GetEntries()[1].Key, #own:GetEntries(),
				#localization:GetTableEntries(own), try(own.SetEntries, own, { { Key = "Bad" } }) }
		`);
		expect(result).toEqual(["Coins", "Monedas", 4, "Spec.Only", 1, 1, "error"]);
	});

	it("formats by key for the player's locale, then the language, then the source", () => {
		const world = createWorld();
		const server = world.startServer();
		const mexican = world.join(64, server, { locale: "es-mx" });
		const spanish = world.join(65, server, { locale: "es-es" });
		const english = world.join(66, server);
		world.advance(1);
		const CASES = `${HELPERS}
			local translator = localization:GetTranslatorForPlayerAsync(player)
			return { translator.LocaleId, format(translator, "Spec.Greeting", { name = "Ana", 7 }),
				format(translator, "Spec.Untranslated"), format(translator, "Spec.Regional"),
				format(translator, "Spec.Amount", { 1234.5 }), format(translator, "Hud.Coins"),
				format(translator, "Spec.NoSuchKey"), format(translator, "Spec.Greeting", { name = "Ana" }) }
		`;
		expect(mexican.run(CASES)).toEqual([
			"es-mx",
			"Hola Ana, tienes 7 monedas",
			"Only in English",
			"Color MX",
			"1.234,50 / 1234,50 / 1234",
			"Monedas",
			"error",
			"error",
		]);
		expect((spanish.run(CASES) as unknown[])[3]).toBe("Color");
		expect(english.run(CASES)).toEqual([
			"en-us",
			"Hello Ana, you have 7 coins",
			"Only in English",
			"Colour",
			"1,234.50 / 1234.50 / 1234",
			"Coins",
			"error",
			"error",
		]);
		expect(
			english.run(`${HELPERS}
				local french = localization:GetTranslatorForLocaleAsync("fr-FR")
				return { french.LocaleId, format(french, "Spec.Regional") }
			`),
		).toEqual(["fr-fr", "Colour"]);
	});

	it("fails GetTranslator calls during an outage, and a player's outage leaves the locale's translator", () => {
		const world = createWorld();
		const server = world.startServer();
		const client = world.join(67, server, { locale: "es-es" });
		world.advance(1);
		const CALLS = `${HELPERS}
			return { try(function() return localization:GetTranslatorForPlayerAsync(player).LocaleId end),
				try(function() return localization:GetTranslatorForLocaleAsync(player.LocaleId).LocaleId end) }
		`;
		const everyone = world.addFault({ kind: "localization-outage" });
		expect(client.run(CALLS)).toEqual(["error", "error"]);
		world.removeFault(everyone);
		world.addFault({ kind: "localization-outage", userId: 67 });
		expect(client.run(CALLS)).toEqual(["error", "es-es"]);
		expect(client.run(`${HELPERS} return try(localization.GetTranslatorForLocaleAsync, localization, "")`)).toBe(
			"error",
		);
	});
});
