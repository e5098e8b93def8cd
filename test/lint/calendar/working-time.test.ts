import { formatInstant, fromWallClock, toWallClock } from "../../../src/lint/calendar/zone";
import {
  DEFAULT_WORKING_TIME,
  nextWorkingSlot,
  offReason,
  parseHourMinute,
  type OffReason,
  type WorkingTime,
} from "../../../src/lint/calendar/working-time";

const PARIS = "Europe/Paris";

/** The instant of a Paris (or other zone) wall time, "2026-11-27 21:40". */
function at(text: string, zone = PARIS): number {
  const [year, month, day, hour, minute] = (text.match(/\d+/g) as string[]).map(Number);
  return fromWallClock({ year, month, day, hour, minute }, zone);
}

const alsace: WorkingTime = { ...DEFAULT_WORKING_TIME, holidays: "FR-alsace-moselle" };
const closures: WorkingTime = { ...DEFAULT_WORKING_TIME, closureDays: ["2026-12-24", "2026-12-31"] };
const tueSat: WorkingTime = { ...DEFAULT_WORKING_TIME, days: [2, 3, 4, 5, 6], start: "09:30", end: "17:30" };
const noHolidays: WorkingTime = { ...DEFAULT_WORKING_TIME, holidays: "none" };

// [why, wall time, schedule, zone, expected reason (undefined = inside), expected holiday name, next slot]
const cases: [string, string, WorkingTime, string, OffReason | undefined, string | undefined, string][] = [
  [
    "Friday evening goes to Monday morning",
    "2026-11-27 21:40",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-11-30T08:00:00+01:00",
  ],
  [
    "Saturday is a weekend day",
    "2026-11-28 10:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "weekend",
    undefined,
    "2026-11-30T08:00:00+01:00",
  ],
  [
    "Sunday 23:59 still waits for Monday 08:00",
    "2026-11-29 23:59",
    DEFAULT_WORKING_TIME,
    PARIS,
    "weekend",
    undefined,
    "2026-11-30T08:00:00+01:00",
  ],
  [
    "00:30 on a Monday is before hours, same day",
    "2026-11-30 00:30",
    DEFAULT_WORKING_TIME,
    PARIS,
    "before-hours",
    undefined,
    "2026-11-30T08:00:00+01:00",
  ],
  [
    "07:59 moves to 08:00 the same day",
    "2026-11-30 07:59",
    DEFAULT_WORKING_TIME,
    PARIS,
    "before-hours",
    undefined,
    "2026-11-30T08:00:00+01:00",
  ],
  [
    "08:00 exactly is inside (start inclusive)",
    "2026-11-30 08:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    undefined,
    undefined,
    "2026-11-30T08:00:00+01:00",
  ],
  [
    "18:59 is inside",
    "2026-11-30 18:59",
    DEFAULT_WORKING_TIME,
    PARIS,
    undefined,
    undefined,
    "2026-11-30T18:59:00+01:00",
  ],
  [
    "19:00 exactly is outside (end exclusive)",
    "2026-11-30 19:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-12-01T08:00:00+01:00",
  ],
  [
    "Thursday night before 1 May 2026 (a Friday) skips the long weekend",
    "2026-04-30 23:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-05-04T08:00:00+02:00",
  ],
  [
    "1 May itself is a holiday",
    "2026-05-01 10:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "holiday",
    "Fête du travail",
    "2026-05-04T08:00:00+02:00",
  ],
  [
    "the eve of Ascension (Thursday 14 May 2026) goes to the Friday bridge day, which is worked",
    "2026-05-13 23:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-05-15T08:00:00+02:00",
  ],
  [
    "Ascension day is a holiday",
    "2026-05-14 10:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "holiday",
    "Ascension",
    "2026-05-15T08:00:00+02:00",
  ],
  [
    "outside Alsace, Good Friday is a working day",
    "2026-04-02 20:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-04-03T08:00:00+02:00",
  ],
  [
    "Alsace-Moselle: Good Friday, the weekend and Easter Monday are all off",
    "2026-04-02 20:00",
    alsace,
    PARIS,
    "after-hours",
    undefined,
    "2026-04-07T08:00:00+02:00",
  ],
  [
    "Alsace-Moselle: Good Friday itself",
    "2026-04-03 09:00",
    alsace,
    PARIS,
    "holiday",
    "Vendredi Saint",
    "2026-04-07T08:00:00+02:00",
  ],
  [
    "a closure day, then Christmas, then the weekend",
    "2026-12-23 20:00",
    closures,
    PARIS,
    "after-hours",
    undefined,
    "2026-12-28T08:00:00+01:00",
  ],
  [
    "the closure day itself",
    "2026-12-24 10:00",
    closures,
    PARIS,
    "closure",
    undefined,
    "2026-12-28T08:00:00+01:00",
  ],
  [
    "a holiday on a Sunday reports the holiday",
    "2026-11-01 10:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "holiday",
    "Toussaint",
    "2026-11-02T08:00:00+01:00",
  ],
  [
    "across the spring DST change: Monday 08:00 is summer time",
    "2026-03-27 20:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-03-30T08:00:00+02:00",
  ],
  [
    "across the autumn DST change: Monday 08:00 is winter time",
    "2026-10-23 20:00",
    DEFAULT_WORKING_TIME,
    PARIS,
    "after-hours",
    undefined,
    "2026-10-26T08:00:00+01:00",
  ],
  [
    "Tuesday–Saturday 09:30–17:30: Saturday morning is worked",
    "2026-11-28 10:00",
    tueSat,
    PARIS,
    undefined,
    undefined,
    "2026-11-28T10:00:00+01:00",
  ],
  [
    "Tuesday–Saturday: Saturday 17:30 is after hours, next is Tuesday",
    "2026-11-28 17:30",
    tueSat,
    PARIS,
    "after-hours",
    undefined,
    "2026-12-01T09:30:00+01:00",
  ],
  [
    "Tuesday–Saturday: Monday is a weekend day",
    "2026-11-30 10:00",
    tueSat,
    PARIS,
    "weekend",
    undefined,
    "2026-12-01T09:30:00+01:00",
  ],
  [
    "Tuesday–Saturday: 09:29 is before hours",
    "2026-12-01 09:29",
    tueSat,
    PARIS,
    "before-hours",
    undefined,
    "2026-12-01T09:30:00+01:00",
  ],
  [
    "no public holidays: 14 July is a working day",
    "2026-07-14 10:00",
    noHolidays,
    PARIS,
    undefined,
    undefined,
    "2026-07-14T10:00:00+02:00",
  ],
  [
    "Réunion's own wall clock decides",
    "2026-11-27 20:00",
    DEFAULT_WORKING_TIME,
    "Indian/Reunion",
    "after-hours",
    undefined,
    "2026-11-30T08:00:00+04:00",
  ],
  [
    "Martinique: 14 July is a holiday overseas too",
    "2026-07-13 19:30",
    DEFAULT_WORKING_TIME,
    "America/Martinique",
    "after-hours",
    undefined,
    "2026-07-15T08:00:00-04:00",
  ],
];

describe("offReason / nextWorkingSlot", () => {
  it.each(cases)("%s", (_why, wall, wt, zone, reason, holiday, next) => {
    const t = at(wall, zone);
    const off = offReason(t, wt, zone);
    expect(off === undefined ? undefined : off.reason).toBe(reason);
    expect(off === undefined ? undefined : off.holiday).toBe(holiday);
    const slot = nextWorkingSlot(t, wt, zone);
    expect(formatInstant(slot, zone)).toBe(next);
    expect(offReason(slot, wt, zone)).toBeUndefined();
  });

  it.each(cases)("same answer without Intl: %s", (_why, wall, wt, zone, reason, _holiday, next) => {
    // why: classic Outlook may have no Intl; the built-in table must give the same slots for these zones.
    const g = globalThis as { Intl?: unknown };
    const saved = g.Intl;
    delete g.Intl;
    try {
      const t = at(wall, zone);
      const off = offReason(t, wt, zone);
      expect(off === undefined ? undefined : off.reason).toBe(reason);
      expect(formatInstant(nextWorkingSlot(t, wt, zone), zone)).toBe(next);
    } finally {
      g.Intl = saved;
    }
  });

  it("compares seconds too: 18:59:59 is inside, 07:59:59 is before hours", () => {
    // why: the end is exclusive to the minute, not rounded.
    expect(offReason(at("2026-11-30 18:59") + 59000, DEFAULT_WORKING_TIME, PARIS)).toBeUndefined();
    expect(offReason(at("2026-11-30 07:59") + 59000, DEFAULT_WORKING_TIME, PARIS)).toEqual({
      reason: "before-hours",
    });
  });

  it.each([
    ["no working day at all", { ...DEFAULT_WORKING_TIME, days: [] }],
    ["an empty window (start = end)", { ...DEFAULT_WORKING_TIME, start: "09:00", end: "09:00" }],
    ["a window across midnight is not supported", { ...DEFAULT_WORKING_TIME, start: "22:00", end: "06:00" }],
  ])("returns the instant itself when there is no working time: %s", (_why, wt) => {
    const t = at("2026-11-27 21:40");
    expect(nextWorkingSlot(t, wt, PARIS)).toBe(t);
  });

  it("works in the device's zone when none is given", () => {
    // why: the zone is optional; the result must be 08:00 on a weekday of the device's own clock.
    const slot = nextWorkingSlot(Date.UTC(2026, 10, 28, 12), DEFAULT_WORKING_TIME);
    const w = toWallClock(slot);
    expect([w.hour, w.minute]).toEqual([8, 0]);
    expect(w.weekday).toBeLessThanOrEqual(5);
    expect(slot).toBeGreaterThan(Date.UTC(2026, 10, 28, 12));
  });

  it.each([
    ["a bad start", { ...DEFAULT_WORKING_TIME, start: "8h" }],
    ["a bad end", { ...DEFAULT_WORKING_TIME, end: "25:00" }],
  ])("throws a RangeError for %s", (_why, wt) => {
    // why: a broken configuration must surface, not silently become other hours.
    expect(() => offReason(at("2026-11-30 10:00"), wt, PARIS)).toThrow(RangeError);
    expect(() => nextWorkingSlot(at("2026-11-30 10:00"), wt, PARIS)).toThrow(RangeError);
  });
});

describe("parseHourMinute", () => {
  it.each([
    ["the default start", "08:00", 480],
    ["the default end", "19:00", 1140],
    ["midnight", "00:00", 0],
    ["the last minute of the day", "23:59", 1439],
    ["24:00 means end of day", "24:00", 1440],
    ["half hours", "09:30", 570],
  ])("accepts %s", (_why, s, minutes) => {
    expect(parseHourMinute(s)).toBe(minutes);
  });

  it.each([
    ["a single-digit hour (HH:MM is required)", "8:00"],
    ["past 24:00", "24:01"],
    ["hour 25", "25:00"],
    ["minute 60", "12:60"],
    ["the empty string", ""],
    ["seconds", "08:00:00"],
    ["surrounding spaces", " 08:00"],
    ["the French 'h' notation", "08h00"],
    ["a negative time", "-1:00"],
  ])("rejects %s", (_why, s) => {
    expect(parseHourMinute(s)).toBeUndefined();
  });
});
