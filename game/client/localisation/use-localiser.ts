import React, { useContext } from "@rbxts/react";
import { createLocaliser, Localiser } from "shared/localisation/localiser";
import { placeSourceTranslator } from "./get-translator";

/**
 * The localiser components render their texts with. Without a provider (a story, a spec mounting one component) it
 * is the place's source language.
 */
export const LocaliserContext = React.createContext<Localiser>(createLocaliser(placeSourceTranslator()));

export function useLocaliser(): Localiser {
	return useContext(LocaliserContext);
}
