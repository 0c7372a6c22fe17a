import { atom } from "@rbxts/charm";
import { GameData } from "shared/data/game-data";
import { PrivatePlayerView, PublicPlayerView } from "shared/data/player-views";

/** Mirrors of what the server syncs to this client: never written by client code, only by the sync. */
export const ownDataAtom = atom<PrivatePlayerView | undefined>(undefined);
export const playersAtom = atom<Readonly<Record<string, PublicPlayerView>> | undefined>(undefined);
export const gameDataAtom = atom<GameData | undefined>(undefined);
