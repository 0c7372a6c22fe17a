import { OnStart, Service } from "@flamework/core";
import { subscribe } from "@rbxts/charm";
import ProfileStore from "@rbxts/profile-store";
import { Players } from "@rbxts/services";
import { DATA_CONFIG, DATA_MESSAGES } from "shared/config/data";
import { PlayerData } from "shared/data/player-data";
import { StoredPlayerData } from "shared/data/player-data-guard";
import { Events } from "shared/events";
import { deepEqual } from "shared/util/deep-equal";
import { getPlayerData, selectPlayerData, setPlayerData, updatePlayerData } from "server/state/player-state";
import { loadPlayerData, PlayerProfile, PROFILE_TEMPLATE } from "./load-player-data";
import { JoinDeadline } from "./join-deadline";
import { MigrationHistory } from "./migration-history";
import { newSaveSchedule, SaveSchedule, saveAsked, saveConfirmed, saveDue, saveFailed } from "./save-schedule";

/** The state holds the player's data; the version fields belong to the stored document only. */
function withoutVersion(document: StoredPlayerData): PlayerData {
	const copy = table.clone(document) as Partial<StoredPlayerData>;
	delete copy.version;
	delete copy.compatibleVersion;
	return copy as PlayerData;
}

type Waiter = { resolve: (profile: PlayerProfile) => void; reject: (reason: string) => void };

/**
 * Player profiles: a ProfileStore session per player, keyed `Player_<UserId>`.
 *
 * Join: load (see load-player-data.ts), then hand the data to the state layer and fire `Events.playerDataLoaded`.
 * Nothing else touches a player's data before that. While the session lives the state atom is the source of truth
 * and the profile mirrors it. Leave: the last state goes into the profile and the session ends (ProfileStore saves).
 * Session taken by another server: the player is kicked, the in-memory copy dropped, nothing more is written.
 * Shutdown: ProfileStore ends every session in parallel from its own BindToClose.
 */
@Service()
export class PlayerDataService implements OnStart {
	private readonly store = ProfileStore.New<StoredPlayerData>(DATA_CONFIG.profileStoreName, PROFILE_TEMPLATE);
	private readonly profiles = new Map<Player, PlayerProfile>();
	private readonly waiters = new Map<Player, Waiter[]>();
	private readonly releasing = new Set<Player>();
	/** UserIds whose ended session's final save has not been confirmed yet (on this server). */
	private readonly finalSaves = new Set<number>();
	/** When each loaded profile last saved (or loaded), and its save in flight: the bound on what a crash can lose. */
	private readonly saves = new Map<Player, SaveSchedule>();
	readonly migrations = new MigrationHistory();

	onStart() {
		Players.PlayerAdded.Connect((player) => this.loadProfile(player));
		Players.PlayerRemoving.Connect((player) => this.releaseProfile(player));
		for (const player of Players.GetPlayers()) task.spawn(() => this.loadProfile(player));
		// A loaded profile's key is written only by its saves here, so an error on it is a save that failed.
		ProfileStore.OnError.Connect((_message, storeName, profileKey) => {
			if (storeName !== DATA_CONFIG.profileStoreName) return;
			for (const [player, profile] of this.profiles) {
				const schedule = this.saves.get(player);
				if (profile.Key === profileKey && schedule !== undefined) saveFailed(schedule, os.clock());
			}
		});
		task.spawn(() => {
			for (;;) {
				task.wait(DATA_CONFIG.saveCheckSeconds);
				this.saveOverdueProfiles();
			}
		});
	}

	/** Saves every profile that has gone DATA_CONFIG.maxSecondsBetweenSaves without a save (see save-schedule.ts). */
	private saveOverdueProfiles() {
		const now = os.clock();
		for (const [player, profile] of this.profiles) {
			const schedule = this.saves.get(player);
			if (schedule === undefined || !saveDue(schedule, now) || !profile.IsActive()) continue;
			saveAsked(schedule);
			profile.Save();
		}
	}

	/** The player's profile, or undefined when it is not loaded (yet, or any more). */
	getProfile(player: Player): PlayerProfile | undefined {
		return this.profiles.get(player);
	}

	/** Resolves when the player's data is loaded; rejects with the reason when loading fails or the player leaves. */
	waitForProfile(player: Player): Promise<PlayerProfile> {
		const loaded = this.profiles.get(player);
		if (loaded !== undefined) return Promise.resolve(loaded);
		if (player.Parent !== Players)
			return Promise.reject(`${player.Name} is not in the game`) as Promise<PlayerProfile>;
		return new Promise((resolve, reject) => {
			const list = this.waiters.get(player) ?? [];
			list.push({ resolve, reject });
			this.waiters.set(player, list);
		});
	}

	/** Changes a loaded player's data through the state layer (so it is both saved and synced). */
	update(player: Player, change: (data: PlayerData) => PlayerData): boolean {
		if (!this.profiles.has(player)) return false;
		return updatePlayerData(player.UserId, change);
	}

	/**
	 * Why a request that needs the player's data finds none: still loading, or let go because the server is closing
	 * (ProfileStore ends every session at BindToClose while the players are still in the server, so a request sent
	 * just before the client heard of it arrives after).
	 */
	missingDataKind(): "data-not-loaded" | "server-closing" {
		return ProfileStore.IsClosing ? "server-closing" : "data-not-loaded";
	}

	getData(player: Player): PlayerData | undefined {
		return this.profiles.has(player) ? getPlayerData(player.UserId) : undefined;
	}

	loadedCount() {
		return this.profiles.size();
	}

	private settle(player: Player, outcome: { profile: PlayerProfile } | { reason: string }) {
		const list = this.waiters.get(player);
		this.waiters.delete(player);
		for (const waiter of list ?? []) {
			if ("profile" in outcome) waiter.resolve(outcome.profile);
			else waiter.reject(outcome.reason);
		}
	}

	/**
	 * A player who rejoins this server while the last session's final save is still retrying must wait for it:
	 * ProfileStore would hand this server the session at once (same JobId) and load the stale copy, and the pending
	 * save would then fail its session check and drop the last changes (found by the playtest under an outage).
	 */
	private waitForFinalSave(player: Player, deadline: JoinDeadline): boolean {
		while (this.finalSaves.has(player.UserId)) {
			if (deadline.expired() || player.Parent !== Players) return false;
			task.wait(0.5);
		}
		return true;
	}

	private refuseJoin(player: Player, reason: string, message: string) {
		warn(`[PlayerData] user ${player.UserId}: ${reason}`);
		this.settle(player, { reason });
		// A server that is closing starts no more sessions and removes its players itself: not a failed load.
		if (ProfileStore.IsClosing) return;
		if (player.Parent === Players) {
			player.Kick(message);
			Events.playerDataFailed.fire(player, reason);
		}
	}

	private loadProfile(player: Player) {
		const deadline = new JoinDeadline(DATA_CONFIG.loadTimeoutSeconds, () => os.clock());
		// The join's stages can each block on the DataStore: at the deadline the player is told at once, whatever
		// stage is still waiting, and the session the join holds is ended there.
		const watchdog = task.delay(deadline.seconds, () => {
			deadline.expire();
			if (player.Parent === Players && !this.profiles.has(player)) {
				this.refuseJoin(player, `the join took longer than ${deadline.seconds} s`, DATA_MESSAGES.loadFailed);
			}
		});
		if (!this.waitForFinalSave(player, deadline)) {
			task.cancel(watchdog);
			this.refuseJoin(
				player,
				"the previous session's final save did not finish in time",
				DATA_MESSAGES.loadFailed,
			);
			return;
		}
		this.migrations.begin();
		const result = loadPlayerData(this.store, player, deadline, () => os.clock());
		task.cancel(watchdog);
		if (result.run) this.migrations.finish(result.run);
		else this.migrations.abandon();
		if (result.run) Events.migrationRan.fire(result.run);

		if (!result.ok) {
			this.refuseJoin(player, result.reason, result.message);
			return;
		}

		const profile = result.profile;
		const userId = player.UserId;
		const { version, compatibleVersion } = profile.Data;
		const data = withoutVersion(profile.Data);
		this.profiles.set(player, profile);
		const schedule = newSaveSchedule(os.clock());
		this.saves.set(player, schedule);
		profile.OnAfterSave.Connect(() => saveConfirmed(schedule, os.clock()));
		setPlayerData(userId, data);

		// The profile mirrors the state: every change to this player's data goes into profile.Data at once.
		const stopMirroring = subscribe(selectPlayerData(userId), (current) => {
			if (current !== undefined && profile.IsActive()) {
				profile.Data = { ...current, version, compatibleVersion };
			}
		});

		profile.OnSessionEnd.Connect(() => {
			stopMirroring();
			this.profiles.delete(player);
			this.saves.delete(player);
			setPlayerData(userId, undefined);
			// Another server took the session: this copy is stale and must not be written again. On a shutdown
			// ProfileStore ends every session itself, and the player sees the server's own shutdown message instead.
			if (!this.releasing.has(player) && !ProfileStore.IsClosing && player.Parent === Players) {
				player.Kick(DATA_MESSAGES.sessionTakenElsewhere);
			}
			this.releasing.delete(player);
		});

		this.settle(player, { profile });
		Events.playerDataLoaded.fire(player);
	}

	private releaseProfile(player: Player) {
		const profile = this.profiles.get(player);
		this.settle(player, { reason: `${player.Name} left before the data was loaded` });
		if (profile === undefined) return;
		this.releasing.add(player);
		const userId = player.UserId;
		const current = getPlayerData(player.UserId);
		if (current !== undefined && profile.IsActive()) {
			profile.Data = {
				...current,
				version: profile.Data.version,
				compatibleVersion: profile.Data.compatibleVersion,
			};
		}
		// The final state is safe once a save holding exactly it has gone through (an autosave already in flight may
		// finish first with older data: that one does not count).
		const finalData = profile.Data;
		this.finalSaves.add(userId);
		const saved = profile.OnAfterSave.Connect((lastSaved) => {
			if (!deepEqual(lastSaved, finalData)) return;
			saved.Disconnect();
			this.finalSaves.delete(userId);
		});
		profile.EndSession();
	}
}
