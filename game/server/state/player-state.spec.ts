import { describe, expect, it } from "@rbxts/jest-globals";
import { subscribe } from "@rbxts/charm";
import { DEFAULT_PLAYER_DATA } from "shared/data/player-data";
import { addCoins } from "shared/data/player-data-updates";
import { publicPlayersGetter } from "server/sync/sync-views";
import { getPlayerData, loadedPlayers, selectPlayerData, setPlayerData, updatePlayerData } from "./player-state";

// User ids no other spec of this runner loads.
const FIRST = 7_700_001;

function loadPlayers(count: number) {
	for (const index of $range(0, count - 1)) setPlayerData(FIRST + index, { ...DEFAULT_PLAYER_DATA, coins: index });
}

function unloadPlayers(count: number) {
	for (const index of $range(0, count - 1)) setPlayerData(FIRST + index, undefined);
}

describe("player state", () => {
	it("changes one player's data without copying the roster or touching any other player's data", () => {
		loadPlayers(200);
		const roster = loadedPlayers();
		const other = getPlayerData(FIRST + 1);
		expect(updatePlayerData(FIRST, (data) => addCoins(data, 5))).toBe(true);
		expect(getPlayerData(FIRST)?.coins).toBe(5);
		expect(loadedPlayers()).toBe(roster);
		expect(getPlayerData(FIRST + 1)).toBe(other);
		unloadPlayers(200);
	});

	it("tells a player's subscribers of their own changes only", () => {
		loadPlayers(2);
		let heard = 0;
		const stop = subscribe(selectPlayerData(FIRST + 1), () => (heard += 1));
		updatePlayerData(FIRST, (data) => addCoins(data, 1));
		expect(heard).toBe(0);
		updatePlayerData(FIRST + 1, (data) => addCoins(data, 1));
		expect(heard).toBe(1);
		stop();
		unloadPlayers(2);
	});

	it("follows a player who leaves and loads again through the same getter", () => {
		const read = selectPlayerData(FIRST);
		setPlayerData(FIRST, { ...DEFAULT_PLAYER_DATA, coins: 3 });
		expect(read()?.coins).toBe(3);
		setPlayerData(FIRST, undefined);
		expect(read()).toBe(undefined);
		expect(updatePlayerData(FIRST, (data) => addCoins(data, 1))).toBe(false);
		setPlayerData(FIRST, { ...DEFAULT_PLAYER_DATA, coins: 9 });
		expect(read()?.coins).toBe(9);
		setPlayerData(FIRST, undefined);
	});

	it("gives the sync the same public record until a player's data changes, and drops a player who left", () => {
		loadPlayers(3);
		const before = publicPlayersGetter();
		expect(publicPlayersGetter()).toBe(before);
		updatePlayerData(FIRST + 2, (data) => addCoins(data, 1));
		const after = publicPlayersGetter();
		expect(after).never.toBe(before);
		expect(after[tostring(FIRST)]).toBe(before[tostring(FIRST)]);
		setPlayerData(FIRST + 1, undefined);
		expect(publicPlayersGetter()[tostring(FIRST + 1)]).toBe(undefined);
		expect(publicPlayersGetter()[tostring(FIRST)]).toBe(before[tostring(FIRST)]);
		unloadPlayers(3);
	});
});
