/** Tunables of the data layer, in one place. */
export const DATA_CONFIG = {
	/** ProfileStore store that holds every player's profile; keys are `Player_<UserId>`. */
	profileStoreName: "PlayerData",
	profileKeyPrefix: "Player_",
	/** Copies of a player's data taken before the first migration away from a version (`Player_<UserId>_v<version>`). */
	backupStoreName: "PlayerDataBackup",
	/**
	 * The one deadline of a join (raw read, backups, session start, migration, validation) before the kick. Taking
	 * over the lock of a server that crashed costs ProfileStore about 50 s on its own (FIRST_LOAD_REPEAT, then
	 * SESSION_STEAL), so this leaves room for a store outage on top.
	 */
	loadTimeoutSeconds: 90,
	/**
	 * The most a loaded profile goes without a save. ProfileStore's autosave walks its profiles round-robin every
	 * AUTO_SAVE_PERIOD (300 s), but skips a profile loaded less than half a period ago and slows down when profiles
	 * leave, so on its own a profile can go longer than 300 s unsaved; a crash loses everything since the last save.
	 * The data service saves any profile older than this, so a crash loses at most this plus one save's duration while the store answers.
	 */
	maxSecondsBetweenSaves: 240,
	/** How often the data service looks for profiles that are due a save. */
	saveCheckSeconds: 5,
	/**
	 * A due save the store failed is asked for again this long after the failure, doubling up to the max, so after
	 * the store fails for D s a crash loses at most maxSecondsBetweenSaves + D + saveRetryMaxSeconds (+ one check).
	 */
	saveRetryBaseSeconds: 5,
	saveRetryMaxSeconds: 20,
} as const;

/** Retries of transient store errors while loading and backing up. */
export const MIGRATION_CONFIG = {
	maxAttempts: 3,
	/** First retry delay in seconds; doubles each attempt, with up to 50% jitter, capped at maxDelaySeconds. */
	baseDelaySeconds: 1,
	maxDelaySeconds: 8,
	enableBackupBeforeMigration: true,
	/** How many migration runs the history keeps for the health report. */
	maxHistory: 100,
} as const;

/** What a player sees when their data cannot be used. */
export const DATA_MESSAGES = {
	loadFailed: "We couldn't load your data right now. Your progress is safe: please rejoin in a minute.",
	migrationFailed: "Your saved data needs an update that failed. Nothing was changed: please rejoin later.",
	newerVersion: "Your data was saved by a newer version of the game. Please rejoin to get the latest server.",
	corrupt: "Your saved data could not be read. Nothing was changed: please contact support.",
	sessionTakenElsewhere: "Your data was opened on another server. Please rejoin.",
} as const;
