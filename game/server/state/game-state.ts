import { atom } from "@rbxts/charm";
import { DEFAULT_GAME_DATA, GameData } from "shared/data/game-data";

/** This server's game-wide data (not persisted: it describes the server, not the players). */
export const gameDataAtom = atom<GameData>(DEFAULT_GAME_DATA);

export function updateGameData(update: (data: GameData) => GameData) {
	gameDataAtom((current) => update(current));
}
