// Issue "Deferred send": whole-calendar checks. Every French public holiday of 2026–2028 (and only
// those), and over a whole year in 15-minute steps, the suggested slot is working time, never before the
// send moment, and the first working instant after it.
import {
  DEFAULT_WORKING_TIME,
  holidayOn,
  nextWorkingSlot,
  offReason,
  type HolidayRegion,
  type WorkingTime,
} from "../../../src/lint/calendar";

/** YYYY-MM-DD of every holiday, by year. Easter: 5 April 2026, 28 March 2027, 16 April 2028. */
const NATIONAL: { [year: number]: string[] } = {
  2026: ["01-01", "04-06", "05-01", "05-08", "05-14", "05-25", "07-14", "08-15", "11-01", "11-11", "12-25"],
  2027: ["01-01", "03-29", "05-01", "05-06", "05-08", "05-17", "07-14", "08-15", "11-01", "11-11", "12-25"],
  2028: ["01-01", "04-17", "05-01", "05-08", "05-25", "06-05", "07-14", "08-15", "11-01", "11-11", "12-25"],
};
/** Good Friday and 26 December. */
const ALSACE_EXTRA: { [year: number]: string[] } = {
  2026: ["04-03", "12-26"],
  2027: ["03-26", "12-26"],
  2028: ["04-14", "12-26"],
};

function holidaysOf(year: number, region: HolidayRegion): string[] {
  const found: string[] = [];
  for (let month = 1; month <= 12; month++) {
    for (let day = 1; day <= 31; day++) {
      const d = new Date(Date.UTC(year, month - 1, day));
      if (d.getUTCMonth() !== month - 1) continue;
      if (holidayOn(year, month, day, region))
        found.push(`${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
    }
  }
  return found;
}

describe.each([2026, 2027, 2028])("public holidays of %i", (year) => {
  it("France: the eleven national holidays and no other day", () => {
    expect(holidaysOf(year, "FR")).toEqual(NATIONAL[year]);
  });
  it("Alsace-Moselle: the same plus Good Friday and 26 December", () => {
    expect(holidaysOf(year, "FR-alsace-moselle")).toEqual(NATIONAL[year].concat(ALSACE_EXTRA[year]).sort());
  });
  it("none: no holiday", () => {
    expect(holidaysOf(year, "none")).toEqual([]);
  });
});

const QUARTER = 15 * 60 * 1000;

describe.each<[string, WorkingTime, string]>([
  ["France, Monday–Friday 08:00–19:00, Paris", DEFAULT_WORKING_TIME, "Europe/Paris"],
  [
    "Alsace-Moselle, Tuesday–Saturday 07:30–16:45 with closure days, Paris",
    {
      days: [2, 3, 4, 5, 6],
      start: "07:30",
      end: "16:45",
      closureDays: ["2027-07-30", "2027-12-24"],
      holidays: "FR-alsace-moselle",
    },
    "Europe/Paris",
  ],
  ["France, default hours, Réunion (no DST)", DEFAULT_WORKING_TIME, "Indian/Reunion"],
])("every quarter of an hour of 2027: %s", (_why, wt, zone) => {
  it("the slot is working time, not before the moment, and no working quarter comes before it", () => {
    const start = Date.UTC(2026, 11, 31, 0, 0);
    const end = Date.UTC(2028, 0, 2, 0, 0);
    const instants: number[] = [];
    for (let t = start; t < end; t += QUARTER) instants.push(t);
    // The first working quarter at or after each instant, found by walking back from the end.
    const firstWorking: number[] = new Array(instants.length);
    let next = NaN;
    for (let i = instants.length - 1; i >= 0; i--) {
      if (offReason(instants[i], wt, zone) === undefined) next = instants[i];
      firstWorking[i] = next;
    }
    let checked = 0;
    for (let i = 0; i < instants.length; i++) {
      if (isNaN(firstWorking[i])) continue; // near the end of the window: the answer lies beyond it
      const slot = nextWorkingSlot(instants[i], wt, zone);
      if (slot !== firstWorking[i] || offReason(slot, wt, zone) !== undefined || slot < instants[i]) {
        throw new Error(
          `${new Date(instants[i]).toISOString()}: slot ${new Date(slot).toISOString()}, expected ${new Date(firstWorking[i]).toISOString()}`,
        );
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(35000);
  });
});
