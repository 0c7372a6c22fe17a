import { SeasonLength } from "shared/config/leaderboards";

/**
 * Seasons in UTC, pure over the time they are given (Unix seconds).
 *
 * weekly: ISO 8601 weeks, Monday 00:00 UTC to the next Monday, id "2026-W48" (the ISO week-numbering year, which
 * differs from the calendar year for a few days around New Year: 2027-01-01 is in "2026-W53").
 * monthly: calendar months, id "2026-11". all-time: one season, id "all", that never ends.
 */
export interface Season {
	readonly id: string;
	readonly length: SeasonLength;
	/** Unix seconds, inclusive. */
	readonly startsAt: number;
	/** Unix seconds, exclusive; undefined for all-time. */
	readonly endsAt?: number;
}

const DAY = 86400;

/** Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
	const z = days + 719468;
	const era = math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100));
	const mp = math.floor((5 * doy + 2) / 153);
	const day = doy - math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
function isoWeekday(days: number): number {
	return ((days + 3) % 7) + 1;
}

function isoWeek(days: number): { year: number; week: number; monday: number } {
	const monday = days - (isoWeekday(days) - 1);
	const thursday = monday + 3;
	const year = civilFromDays(thursday).year;
	const week = math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
	return { year, week, monday };
}

export function seasonOf(length: SeasonLength, unixSeconds: number): Season {
	const days = math.floor(unixSeconds / DAY);
	if (length === "weekly") {
		const { year, week, monday } = isoWeek(days);
		return {
			id: string.format("%d-W%02d", year, week),
			length,
			startsAt: monday * DAY,
			endsAt: (monday + 7) * DAY,
		};
	}
	if (length === "monthly") {
		const { year, month } = civilFromDays(days);
		const upcoming = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
		return {
			id: string.format("%d-%02d", year, month),
			length,
			startsAt: daysFromCivil(year, month, 1) * DAY,
			endsAt: upcoming * DAY,
		};
	}
	return { id: "all", length, startsAt: 0 };
}

/** The season before the one containing `unixSeconds` (undefined for all-time). */
export function previousSeason(length: SeasonLength, unixSeconds: number): Season | undefined {
	if (length === "all-time") return undefined;
	return seasonOf(length, seasonOf(length, unixSeconds).startsAt - 1);
}

/**
 * The finished seasons a board's history lacks at `unixSeconds`, oldest first: every season after `lastSnapshot` (a
 * season id) that has ended, at most `limit`; without a snapshot, only the season before the current one (older ones
 * may predate the board). Season ids sort as their seasons do ("2026-W09" < "2026-W10", "2026-09" < "2026-10").
 */
export function missedSeasons(
	length: SeasonLength,
	lastSnapshot: string | undefined,
	unixSeconds: number,
	limit: number,
): Season[] {
	const missed: Season[] = [];
	let season = previousSeason(length, unixSeconds);
	while (season !== undefined && missed.size() < limit && (lastSnapshot === undefined || season.id > lastSnapshot)) {
		missed.unshift(season);
		if (lastSnapshot === undefined) break;
		season = previousSeason(length, season.startsAt);
	}
	return missed;
}

/**
 * Seconds until the time-left text for `endsAt` changes (timeLeftText, shared/localisation/season-text.ts): it shows
 * hours while a day or more is left, minutes while an hour is, then seconds. math.huge when it never changes again
 * (no end, or over).
 */
export function timeLeftChangesIn(endsAt: number | undefined, now: number): number {
	if (endsAt === undefined || endsAt - now <= 0) return math.huge;
	const remaining = endsAt - now;
	const shown = math.floor(remaining);
	// "0s" stays until the end and after it.
	if (shown === 0) return math.huge;
	const unit = shown >= DAY ? 3600 : shown >= 3600 ? 60 : 1;
	const sinceUnit = remaining - math.floor(remaining / unit) * unit;
	return sinceUnit > 0 ? sinceUnit : unit;
}
