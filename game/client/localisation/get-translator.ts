import { LocalizationService } from "@rbxts/services";
import { TranslatorLike } from "shared/localisation/localiser";
import { SourceEntry, sourceTranslator } from "shared/localisation/source-translator";

/** A translator into the source language, from the LocalizationTables under LocalizationService. */
export function placeSourceTranslator(): TranslatorLike {
	return sourceTranslator(() => LocalizationService.GetTableEntries() as SourceEntry[]);
}

/** Which way the translator was obtained, for the output and specs. */
export type TranslatorSource = "player" | "locale" | "source";

/**
 * The player's translator, the documented way: GetTranslatorForPlayerAsync, which can error (so it is pcalled);
 * then GetTranslatorForLocaleAsync for the player's locale; then the tables' source strings, so the UI always has
 * text (create.roblox.com/docs/reference/engine/classes/LocalizationService#GetTranslatorForPlayerAsync). Yields.
 */
export function getTranslator(player: Player): { translator: TranslatorLike; source: TranslatorSource } {
	const [forPlayer, translator] = pcall(() => LocalizationService.GetTranslatorForPlayerAsync(player));
	if (forPlayer) return { translator: translator as TranslatorLike, source: "player" };
	warn(`[Localisation] no translator for ${player.Name}: ${translator}`);
	const [forLocale, localeTranslator] = pcall(() => LocalizationService.GetTranslatorForLocaleAsync(player.LocaleId));
	if (forLocale) return { translator: localeTranslator as TranslatorLike, source: "locale" };
	warn(`[Localisation] no translator for ${player.LocaleId}: ${localeTranslator}; showing the source strings`);
	return { translator: placeSourceTranslator(), source: "source" };
}
