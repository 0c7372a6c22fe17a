import { Localiser } from "./localiser";

const DAY = 86400;

/**
 * A season's name in the player's language: "Week 12, 2026", "March 2026", "All time" in English. An id of no known
 * shape is shown as it is.
 */
export function seasonText(localiser: Localiser, id: string): string {
	const [year, week] = string.match(id, "^(%d+)%-W(%d+)$");
	if (year !== undefined) return localiser.text("Season.Week", { week: tonumber(week)!, year });
	const [monthYear, month] = string.match(id, "^(%d+)%-(%d+)$");
	if (monthYear !== undefined) {
		return localiser.text("Season.Month", { month: localiser.text(`Month.${tonumber(month)}`), year: monthYear });
	}
	return id === "all" ? localiser.text("Season.AllTime") : localiser.text("Season.Other", { id });
}

/** The time left until `endsAt` (Unix seconds): "3d 4h", "5h 12m", "2m 7s", "42s" in English; "" with no end. */
export function timeLeftText(localiser: Localiser, endsAt: number | undefined, now: number): string {
	if (endsAt === undefined) return "";
	const left = math.max(0, math.floor(endsAt - now));
	const d = math.floor(left / DAY);
	const h = math.floor((left % DAY) / 3600);
	const m = math.floor((left % 3600) / 60);
	const s = left % 60;
	if (d > 0) return localiser.text("Time.DaysHours", { d, h });
	if (h > 0) return localiser.text("Time.HoursMinutes", { h, m });
	if (m > 0) return localiser.text("Time.MinutesSeconds", { m, s });
	return localiser.text("Time.Seconds", { s });
}
