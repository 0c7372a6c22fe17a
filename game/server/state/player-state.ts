import { atom } from "@rbxts/charm";
import { PlayerData } from "shared/data/player-data";

/**
 * Every loaded player's data, keyed by UserId as a string. While a session lives this atom is the one source of truth:
 * the profile mirrors it, the sync sends what each client may see of it, and game code changes it only through
 * `updatePlayerData` with a plain function (game/shared/data/player-data-updates.ts).
 */
export const playerDataAtom = atom<Readonly<Record<string, PlayerData>>>({});

export const playerKey = (userId: number) => tostring(userId);

export function getPlayerData(userId: number): PlayerData | undefined {
	return playerDataAtom()[playerKey(userId)];
}

/** A stable getter for one player's data, for subscriptions and the sync. */
export function selectPlayerData(userId: number) {
	const key = playerKey(userId);
	return () => playerDataAtom()[key];
}

export function setPlayerData(userId: number, data: PlayerData | undefined) {
	const key = playerKey(userId);
	playerDataAtom((state) => {
		const copy = table.clone(state) as Record<string, PlayerData>;
		if (data === undefined) {
			delete copy[key];
		} else {
			copy[key] = data;
		}
		return copy;
	});
}

/** Applies a pure update to a loaded player's data; returns false when the player has no loaded data. */
export function updatePlayerData(userId: number, update: (data: PlayerData) => PlayerData): boolean {
	const current = getPlayerData(userId);
	if (current === undefined) return false;
	const updated = update(current);
	if (updated !== current) setPlayerData(userId, updated);
	return true;
}
