// Working time and the next slot inside it, for the "droit à la déconnexion" rule: a mail written after hours is
// better scheduled for the recipient's next working slot.

import { holidayOn, type HolidayRegion } from "./holidays";
import { fromWallClock, toWallClock } from "./zone";

export interface WorkingTime {
  /** working weekdays, 1 = Monday … 7 = Sunday */
  days: number[];
  /** "08:00", inclusive */
  start: string;
  /** "19:00", exclusive; "24:00" for end of day */
  end: string;
  /** company closure days, "YYYY-MM-DD" */
  closureDays: string[];
  holidays: HolidayRegion;
}

export const DEFAULT_WORKING_TIME: WorkingTime = {
  days: [1, 2, 3, 4, 5],
  start: "08:00",
  end: "19:00",
  closureDays: [],
  holidays: "FR",
};

export type OffReason = "before-hours" | "after-hours" | "weekend" | "holiday" | "closure";

/** Days to look ahead before giving up (a year of closures, or a schedule without any working day). */
const MAX_DAYS = 400;
const DAY_MS = 86400000;

/** "08:00" → 480: minutes since midnight for a strict HH:MM between 00:00 and 24:00; otherwise undefined. */
export function parseHourMinute(s: string): number | undefined {
  const m = /^(\d\d):(\d\d)$/.exec(s);
  if (m === null) return undefined;
  const hours = +m[1];
  const minutes = +m[2];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return hours * 60 + minutes;
}

function bounds(wt: WorkingTime): { start: number; end: number } {
  const start = parseHourMinute(wt.start);
  const end = parseHourMinute(wt.end);
  // A bad schedule is a configuration bug; guessing hours would silently misadvise the user.
  if (start === undefined) throw new RangeError("Invalid working-time start: " + wt.start);
  if (end === undefined) throw new RangeError("Invalid working-time end: " + wt.end);
  return { start, end };
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** Why a whole calendar day is off, checked from the most specific reason to the least. */
function dayOff(
  year: number,
  month: number,
  day: number,
  weekday: number,
  wt: WorkingTime,
): { reason: OffReason; holiday?: string } | undefined {
  const holiday = holidayOn(year, month, day, wt.holidays);
  if (holiday !== undefined) return { reason: "holiday", holiday };
  if (wt.closureDays.indexOf(year + "-" + pad2(month) + "-" + pad2(day)) >= 0) return { reason: "closure" };
  if (wt.days.indexOf(weekday) < 0) return { reason: "weekend" };
  return undefined;
}

/**
 * Why the instant is outside working time in that zone, or undefined when it is inside — or when it has no
 * wall clock to judge (an invalid instant, or one whose local time falls past Date's range). A holiday or closure
 * that falls on a non-working day reports "holiday" / "closure" rather than "weekend". Start and end are
 * compared to the wall clock with its seconds (18:59:30 is inside a 19:00 end). Windows crossing midnight
 * (start ≥ end) are not supported: such a schedule has no working time.
 */
export function offReason(
  instantMs: number,
  wt: WorkingTime,
  timeZone?: string,
): { reason: OffReason; holiday?: string } | undefined {
  const { start, end } = bounds(wt);
  const w = toWallClock(instantMs, timeZone);
  if (isNaN(w.year)) return undefined;
  const off = dayOff(w.year, w.month, w.day, w.weekday, wt);
  if (off !== undefined) return off;
  const minutes = w.hour * 60 + w.minute + w.second / 60;
  if (minutes < start) return { reason: "before-hours" };
  if (minutes >= end) return { reason: "after-hours" };
  return undefined;
}

/**
 * The earliest instant at or after `instantMs` that is inside working time in that zone: the instant itself when
 * it already is, otherwise the start of the next working day. Looks at most 400 days ahead and returns
 * `instantMs` when it finds nothing (no working day configured, an empty window, an invalid instant).
 */
export function nextWorkingSlot(instantMs: number, wt: WorkingTime, timeZone?: string): number {
  const { start } = bounds(wt);
  if (offReason(instantMs, wt, timeZone) === undefined) return instantMs;
  const now = toWallClock(instantMs, timeZone);
  if (isNaN(now.year)) return instantMs;
  // Walk calendar days in UTC arithmetic, where every day is 24 h long; the zone only matters at the end.
  const firstDay = Date.UTC(now.year, now.month - 1, now.day);
  for (let i = 0; i <= MAX_DAYS; i++) {
    const d = new Date(firstDay + i * DAY_MS);
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    if (dayOff(year, month, day, d.getUTCDay() || 7, wt) !== undefined) continue;
    const slot = fromWallClock(
      { year, month, day, hour: Math.floor(start / 60), minute: start % 60 },
      timeZone,
    );
    // The check also rejects today's start once it has passed, and a start moved by a DST gap past the end.
    if (slot >= instantMs && offReason(slot, wt, timeZone) === undefined) return slot;
  }
  return instantMs;
}
