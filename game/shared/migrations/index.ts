import { Migration } from "./migration";
import { renameCash } from "./v002-rename-cash";
import { splitStats } from "./v003-split-stats";
import { rescaleCoins } from "./v004-rescale-coins";

/**
 * Every migration, in order. The last one's version is the version this build writes. To add one: create
 * `vNNN-what-it-does.ts` with a pure `up` (and `down`), append it here, and add old documents to the dump in
 * game/shared/migrations/fixtures so the specs run it on real data.
 */
export const MIGRATIONS: ReadonlyArray<Migration> = [renameCash, splitStats, rescaleCoins];

/** Data that carries no version was written before versioning began. */
export const FIRST_VERSION = 1;

export const CURRENT_VERSION = MIGRATIONS.isEmpty() ? FIRST_VERSION : MIGRATIONS[MIGRATIONS.size() - 1].version;
