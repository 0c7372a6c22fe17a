import { atom, Atom, untracked } from "@rbxts/charm";
import { PlayerData } from "shared/data/player-data";

/**
 * Every loaded player's data, one atom per player, keyed by UserId as a string. While a session lives its atom is the
 * one source of truth: the profile mirrors it, the sync sends what each client may see of it, and game code changes
 * it only through `updatePlayerData` with a plain function (game/shared/data/player-data-updates.ts).
 *
 * One atom per player, rather than one atom holding every player, makes a change cost the same on a server of 1 or
 * 100 players: only the roster (which players are loaded) is copied, and only when a player loads or leaves.
 */
const roster = atom<Readonly<Record<string, Atom<PlayerData>>>>({});

export const playerKey = (userId: number) => tostring(userId);

/** The loaded players' data atoms, keyed by UserId as a string; read inside an effect, it tracks loads and leaves. */
export function loadedPlayers(): Readonly<Record<string, Atom<PlayerData>>> {
	return roster();
}

export function getPlayerData(userId: number): PlayerData | undefined {
	return roster()[playerKey(userId)]?.();
}

/** A stable getter for one player's data, for subscriptions and the sync; it follows the player across reloads. */
export function selectPlayerData(userId: number) {
	const key = playerKey(userId);
	return () => roster()[key]?.();
}

export function setPlayerData(userId: number, data: PlayerData | undefined) {
	const key = playerKey(userId);
	const existing = untracked(roster)[key];
	if (data !== undefined && existing !== undefined) {
		existing(data);
		return;
	}
	if (data === undefined && existing === undefined) return;
	roster((players) => {
		const copy = table.clone(players) as Record<string, Atom<PlayerData>>;
		if (data === undefined) {
			delete copy[key];
		} else {
			copy[key] = atom(data);
		}
		return copy;
	});
}

/** Applies a pure update to a loaded player's data; returns false when the player has no loaded data. */
export function updatePlayerData(userId: number, update: (data: PlayerData) => PlayerData): boolean {
	const dataAtom = untracked(roster)[playerKey(userId)];
	if (dataAtom === undefined) return false;
	const current = untracked(dataAtom);
	const updated = update(current);
	if (updated !== current) dataAtom(updated);
	return true;
}
