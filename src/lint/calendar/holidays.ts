// French public holidays, from @socialgouv/jours-feries (fixed dates plus the Easter-based ones).

import getJoursFeries from "@socialgouv/jours-feries";

/** "FR": national list; "FR-alsace-moselle" adds Good Friday and 26 December; "none": no public holidays. */
export type HolidayRegion = "FR" | "FR-alsace-moselle" | "none";

/** (year, region) → "M-D" → holiday name. */
const cache = new Map<string, { [monthDay: string]: string }>();

const HALF_DAY_MS = 43200000;

function holidaysOf(year: number, region: HolidayRegion): { [monthDay: string]: string } {
  const key = year + "|" + region;
  let byDay = cache.get(key);
  if (byDay === undefined) {
    byDay = {};
    const list = getJoursFeries(year, { alsace: region === "FR-alsace-moselle" });
    const names = Object.keys(list);
    for (let i = 0; i < names.length; i++) {
      // The library builds each date with `new Date(year, month, day)`, i.e. local midnight, so the local getters
      // give those fields back whatever the device's zone: no instant is ever compared across zones. Easter-based
      // dates are then shifted by multiples of 24 h, which lands at 23:00 the day before when a DST change of the
      // device's zone is crossed (Easter Monday 2026 in Sydney); reading half a day later absorbs that hour.
      const d = new Date(list[names[i]].getTime() + HALF_DAY_MS);
      const monthDay = d.getMonth() + 1 + "-" + d.getDate();
      // Two holidays can share a day (Ascension on 1 May in 2008): keep the first, the fixed-date one.
      if (byDay[monthDay] === undefined) byDay[monthDay] = names[i];
    }
    cache.set(key, byDay);
  }
  return byDay;
}

/** The name of the public holiday on that date ("Lundi de Pâques"), or undefined. `month` is 1-12. */
export function holidayOn(
  year: number,
  month: number,
  day: number,
  region: HolidayRegion,
): string | undefined {
  if (region === "none") return undefined;
  const byDay = holidaysOf(year, region);
  const monthDay = month + "-" + day;
  return Object.prototype.hasOwnProperty.call(byDay, monthDay) ? byDay[monthDay] : undefined;
}
