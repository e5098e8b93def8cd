import {
  formatInstant,
  fromWallClock,
  isKnownTimeZone,
  offsetMinutes,
  toWallClock,
} from "../../../src/lint/calendar/zone";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

/** Runs `fn` as if the runtime had no Intl (classic Outlook), restoring it afterwards. */
function withoutIntl<T>(fn: () => T): T {
  const g = globalThis as { Intl?: unknown };
  const saved = g.Intl;
  delete g.Intl;
  try {
    expect(typeof Intl).toBe("undefined");
    return fn();
  } finally {
    g.Intl = saved;
  }
}

const runtimes: [string, <T>(fn: () => T) => T][] = [
  ["with Intl", (fn) => fn()],
  ["without Intl", withoutIntl],
];

// Expectations shared by both runtimes: every zone here is in the built-in table.
const offsetCases: [string, number, string, number][] = [
  ["Paris in winter is UTC+1", utc(2026, 1, 15, 12), "Europe/Paris", 60],
  ["Paris in summer is UTC+2", utc(2026, 7, 15, 12), "Europe/Paris", 120],
  [
    "spring switch: one ms before 29 March 2026 01:00 UTC is still winter",
    utc(2026, 3, 29, 1) - 1,
    "Europe/Paris",
    60,
  ],
  ["spring switch: 29 March 2026 01:00 UTC is summer time", utc(2026, 3, 29, 1), "Europe/Paris", 120],
  [
    "autumn switch: one ms before 25 October 2026 01:00 UTC is still summer",
    utc(2026, 10, 25, 1) - 1,
    "Europe/Paris",
    120,
  ],
  ["autumn switch: 25 October 2026 01:00 UTC is winter time", utc(2026, 10, 25, 1), "Europe/Paris", 60],
  ["Berlin follows the same EU rule", utc(2026, 7, 1), "Europe/Berlin", 120],
  ["London is UTC in winter", utc(2026, 12, 1), "Europe/London", 0],
  ["London switches at the same instant as Paris", utc(2026, 3, 29, 1), "Europe/London", 60],
  ["Lisbon is UTC+1 in summer", utc(2026, 8, 1), "Europe/Lisbon", 60],
  ["Réunion is UTC+4 all year", utc(2026, 1, 1), "Indian/Reunion", 240],
  ["Réunion has no DST", utc(2026, 7, 1), "Indian/Reunion", 240],
  ["Martinique is UTC−4 all year", utc(2026, 7, 1), "America/Martinique", -240],
  ["Guadeloupe is UTC−4", utc(2026, 1, 1), "America/Guadeloupe", -240],
  ["Guyane is UTC−3", utc(2026, 1, 1), "America/Cayenne", -180],
  ["Mayotte is UTC+3", utc(2026, 1, 1), "Indian/Mayotte", 180],
  ["Nouméa is UTC+11", utc(2026, 1, 1), "Pacific/Noumea", 660],
  ["Tahiti is UTC−10", utc(2026, 1, 1), "Pacific/Tahiti", -600],
  ["Miquelon is UTC−3 in winter", utc(2026, 1, 15), "America/Miquelon", -180],
  ["Miquelon: DST starts 8 March 2026 02:00 local (05:00 UTC)", utc(2026, 3, 8, 5), "America/Miquelon", -120],
  ["Miquelon: one ms before that is still winter", utc(2026, 3, 8, 5) - 1, "America/Miquelon", -180],
  [
    "Miquelon: DST ends 1 November 2026 02:00 local daylight (04:00 UTC)",
    utc(2026, 11, 1, 4),
    "America/Miquelon",
    -180,
  ],
  ["Miquelon: one ms before that is still summer", utc(2026, 11, 1, 4) - 1, "America/Miquelon", -120],
  ["UTC is 0 (not -0)", utc(2026, 7, 1), "UTC", 0],
  ["Etc/UTC is 0", utc(2026, 7, 1), "Etc/UTC", 0],
];

const wallCases: [string, number, string, string, number][] = [
  ["a winter Monday morning in Paris", utc(2026, 11, 30, 7), "Europe/Paris", "2026-11-30T08:00:00+01:00", 1],
  ["a summer Sunday in Paris", utc(2026, 7, 12, 10, 5, 9), "Europe/Paris", "2026-07-12T12:05:09+02:00", 7],
  ["the first summer-time instant", utc(2026, 3, 29, 1), "Europe/Paris", "2026-03-29T03:00:00+02:00", 7],
  [
    "the second 02:00 of the autumn change",
    utc(2026, 10, 25, 1),
    "Europe/Paris",
    "2026-10-25T02:00:00+01:00",
    7,
  ],
  [
    "Réunion, evening of the same UTC day",
    utc(2026, 11, 30, 16, 30),
    "Indian/Reunion",
    "2026-11-30T20:30:00+04:00",
    1,
  ],
  [
    "Martinique, previous local day",
    utc(2026, 12, 1, 2),
    "America/Martinique",
    "2026-11-30T22:00:00-04:00",
    1,
  ],
  [
    "Tahiti across the date line direction",
    utc(2027, 1, 1, 5),
    "Pacific/Tahiti",
    "2026-12-31T19:00:00-10:00",
    4,
  ],
  ["Nouméa, next local day", utc(2026, 12, 31, 14), "Pacific/Noumea", "2027-01-01T01:00:00+11:00", 5],
  ["UTC prints +00:00, not Z", utc(2026, 2, 28, 23, 59, 59), "UTC", "2026-02-28T23:59:59+00:00", 6],
];

// [why, wall time in Paris, expected instant]
const fromWallCases: [string, [number, number, number, number, number], number][] = [
  ["ordinary winter time", [2026, 11, 30, 8, 0], utc(2026, 11, 30, 7)],
  ["ordinary summer time", [2026, 7, 1, 8, 0], utc(2026, 7, 1, 6)],
  ["just before the spring gap", [2026, 3, 29, 1, 59], utc(2026, 3, 29, 0, 59)],
  [
    "02:30 does not exist on 29 March 2026: the first valid instant is 03:00+02:00",
    [2026, 3, 29, 2, 30],
    utc(2026, 3, 29, 1),
  ],
  ["02:00 is the first skipped minute", [2026, 3, 29, 2, 0], utc(2026, 3, 29, 1)],
  ["03:00 is the end of the gap", [2026, 3, 29, 3, 0], utc(2026, 3, 29, 1)],
  [
    "02:30 happens twice on 25 October 2026: the first is 02:30+02:00",
    [2026, 10, 25, 2, 30],
    utc(2026, 10, 25, 0, 30),
  ],
  ["02:00 on 25 October is also ambiguous: first occurrence", [2026, 10, 25, 2, 0], utc(2026, 10, 25, 0)],
  ["03:00 after the overlap is winter time", [2026, 10, 25, 3, 0], utc(2026, 10, 25, 2)],
  ["01:59 before the overlap is summer time", [2026, 10, 25, 1, 59], utc(2026, 10, 24, 23, 59)],
  ["hour 24 rolls over to the next day", [2026, 11, 27, 24, 0], utc(2026, 11, 27, 23)],
];

describe.each(runtimes)("zone %s", (_name, run) => {
  it.each(offsetCases)("offsetMinutes: %s", (_why, instant, zone, expected) => {
    expect(run(() => offsetMinutes(instant, zone))).toBe(expected);
  });

  it.each(wallCases)("formatInstant / toWallClock: %s", (_why, instant, zone, iso, weekday) => {
    const [text, wall] = run(() => [formatInstant(instant, zone), toWallClock(instant, zone)] as const);
    expect(text).toBe(iso);
    const [year, month, day, hour, minute, second] = (iso.match(/\d+/g) as string[]).map(Number);
    expect(wall).toEqual({ year, month, day, hour, minute, second, weekday });
  });

  it.each(fromWallCases)("fromWallClock in Paris: %s", (_why, [year, month, day, hour, minute], expected) => {
    expect(run(() => fromWallClock({ year, month, day, hour, minute }, "Europe/Paris"))).toBe(expected);
  });

  it.each([
    ["Paris, every hour across the spring change", "Europe/Paris", utc(2026, 3, 28, 12)],
    [
      "Paris, every hour across the autumn change (second 02:xx excluded below)",
      "Europe/Paris",
      utc(2026, 10, 24, 12),
    ],
    ["Miquelon across its spring change", "America/Miquelon", utc(2026, 3, 7, 12)],
    ["Réunion, no change at all", "Indian/Reunion", utc(2026, 3, 28, 12)],
  ])("round-trips wall clock → instant → wall clock: %s", (_why, zone, from) => {
    run(() => {
      for (let t = from; t < from + 2 * 86400000; t += 15 * 60000) {
        const w = toWallClock(t, zone);
        const back = fromWallClock(w, zone);
        // Only the second pass through a repeated hour does not come back: it maps to the first occurrence.
        if (back !== t) {
          expect(back).toBe(t - 3600000);
          expect(offsetMinutes(back, zone)).toBe(offsetMinutes(t, zone) + 60);
        }
        expect(toWallClock(back, zone)).toEqual(w);
      }
    });
  });

  it.each([
    ["a table zone is known", "Europe/Paris", true],
    ["an overseas zone is known", "Indian/Reunion", true],
    ["a made-up zone is unknown", "Mars/Olympus_Mons", false],
    ["the empty string is not a zone", "", false],
    ["Object.prototype keys are not zones", "constructor", false],
  ])("isKnownTimeZone: %s", (_why, zone, known) => {
    expect(run(() => isKnownTimeZone(zone))).toBe(known);
  });

  it.each([
    ["no zone: the device's offset, winter", undefined, utc(2026, 1, 15, 12)],
    ["no zone: the device's offset, summer", undefined, utc(2026, 7, 15, 12)],
    ["an unknown zone falls back to the device's offset", "Mars/Olympus_Mons", utc(2026, 7, 15, 12)],
  ])("device fallback: %s", (_why, zone, instant) => {
    expect(run(() => offsetMinutes(instant, zone))).toBe(0 - new Date(instant).getTimezoneOffset());
  });

  it("invalid instants give NaN offsets and formatInstant throws, as toISOString does", () => {
    run(() => {
      expect(offsetMinutes(NaN, "Europe/Paris")).toBeNaN();
      expect(offsetMinutes(9e15, "Europe/Paris")).toBeNaN();
      expect(() => formatInstant(NaN, "Europe/Paris")).toThrow(RangeError);
    });
  });
});

describe("zone, Intl-only behaviour", () => {
  it.each([
    ["Intl knows zones beyond the table", "Asia/Tokyo", 540],
    ["Intl zone names are case-insensitive", "europe/paris", 60],
    ["half-hour zones work through Intl", "Asia/Kolkata", 330],
  ])("%s", (_why, zone, expected) => {
    expect(isKnownTimeZone(zone)).toBe(true);
    expect(offsetMinutes(utc(2026, 1, 15), zone)).toBe(expected);
  });

  it("without Intl a zone outside the table falls back to the device's offset", () => {
    // why: the table is deliberately small; a wrong guess would be worse than the user's own clock.
    withoutIntl(() => {
      const t = utc(2026, 1, 15);
      expect(isKnownTimeZone("Asia/Tokyo")).toBe(false);
      expect(offsetMinutes(t, "Asia/Tokyo")).toBe(0 - new Date(t).getTimezoneOffset());
    });
  });

  it.each<[string, Intl.DateTimeFormatOptions]>([
    ["an engine that ignores hourCycle and prints AM/PM", { hour12: true }],
    ["an engine that prints midnight as 24 (hour12: false read as h24)", { hourCycle: "h24" }],
  ])("parses the output of %s", (_why, override) => {
    // why: format() output differs between engines; the offset must not.
    const RealIntl = Intl;
    const FakeFormat = function (locale: string, options: Intl.DateTimeFormatOptions) {
      return new RealIntl.DateTimeFormat(locale, { ...options, hourCycle: undefined, ...override });
    };
    const g = globalThis as { Intl?: unknown };
    jest.isolateModules(() => {
      g.Intl = { DateTimeFormat: FakeFormat };
      try {
        const fresh =
          require("../../../src/lint/calendar/zone") as typeof import("../../../src/lint/calendar/zone");
        const cases: [number, string][] = [
          [utc(2026, 11, 29, 23), "2026-11-30T00:00:00+01:00"],
          [utc(2026, 11, 30, 11), "2026-11-30T12:00:00+01:00"],
          [utc(2026, 11, 30, 12, 30), "2026-11-30T13:30:00+01:00"],
          [utc(2026, 7, 1, 22, 15), "2026-07-02T00:15:00+02:00"],
        ];
        for (const [instant, iso] of cases) expect(fresh.formatInstant(instant, "Europe/Paris")).toBe(iso);
        expect(fresh.offsetMinutes(utc(2026, 1, 1), "Asia/Tokyo")).toBe(540);
      } finally {
        g.Intl = RealIntl;
      }
    });
  });
});
