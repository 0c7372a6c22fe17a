import { atom } from "@rbxts/charm";
import { createLocaliser, Localiser } from "shared/localisation/localiser";
import { placeSourceTranslator } from "./get-translator";

/** The localiser the UI renders with: the source language until LocalisationController has the player's. */
export const localiserAtom = atom<Localiser>(createLocaliser(placeSourceTranslator()));
