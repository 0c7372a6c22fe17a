import React from "@rbxts/react";
import { Getter } from "@rbxts/charm";
import { Localiser } from "shared/localisation/localiser";
import { useAtom } from "client/ui/hooks/use-atom";
import { localiserAtom } from "./localiser-state";
import { LocaliserContext } from "./use-localiser";

export interface LocaliserProviderProps {
	/** LocalisationController's localiser by default. */
	readonly localiser?: Getter<Localiser>;
	readonly children?: React.ReactNode;
}

/** Gives the tree below the player's localiser, and renders it again when the player's translator arrives. */
export function LocaliserProvider(props: LocaliserProviderProps) {
	const localiser = useAtom(props.localiser ?? localiserAtom);
	return <LocaliserContext.Provider value={localiser}>{props.children}</LocaliserContext.Provider>;
}
