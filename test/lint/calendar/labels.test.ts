import { formatSlotLabel } from "../../../src/lint/calendar/labels";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

// [why, instant, zone, French label, English label]
const cases: [string, number, string, string, string][] = [
  [
    "1 December 2026 is a Tuesday",
    utc(2026, 12, 1, 7),
    "Europe/Paris",
    "mardi 1 décembre à 08:00",
    "Tuesday 1 December at 08:00",
  ],
  [
    "the Monday before",
    utc(2026, 11, 30, 7),
    "Europe/Paris",
    "lundi 30 novembre à 08:00",
    "Monday 30 November at 08:00",
  ],
  [
    "accents in the month name, summer time",
    utc(2026, 8, 15, 12, 5),
    "Europe/Paris",
    "samedi 15 août à 14:05",
    "Saturday 15 August at 14:05",
  ],
  [
    "a Sunday in February",
    utc(2027, 2, 7, 17, 45),
    "Europe/Paris",
    "dimanche 7 février à 18:45",
    "Sunday 7 February at 18:45",
  ],
  [
    "Paris is already past midnight",
    utc(2026, 11, 30, 23, 30),
    "Europe/Paris",
    "mardi 1 décembre à 00:30",
    "Tuesday 1 December at 00:30",
  ],
  [
    "the same instant in Martinique is still Monday evening",
    utc(2026, 11, 30, 23, 30),
    "America/Martinique",
    "lundi 30 novembre à 19:30",
    "Monday 30 November at 19:30",
  ],
  [
    "Réunion, a Wednesday in January",
    utc(2027, 1, 6, 4),
    "Indian/Reunion",
    "mercredi 6 janvier à 08:00",
    "Wednesday 6 January at 08:00",
  ],
  [
    "Ascension Thursday, a jeudi",
    utc(2026, 5, 14, 6),
    "Europe/Paris",
    "jeudi 14 mai à 08:00",
    "Thursday 14 May at 08:00",
  ],
  [
    "the bridge Friday, a vendredi",
    utc(2026, 5, 15, 6),
    "Europe/Paris",
    "vendredi 15 mai à 08:00",
    "Friday 15 May at 08:00",
  ],
];

describe("formatSlotLabel", () => {
  it.each(cases)("%s", (_why, instant, zone, fr, en) => {
    expect(formatSlotLabel(instant, "fr", zone)).toBe(fr);
    expect(formatSlotLabel(instant, "en", zone)).toBe(en);
  });

  it.each(cases)("same label without Intl: %s", (_why, instant, zone, fr, en) => {
    // why: the labels must not depend on Intl, which classic Outlook may lack.
    const g = globalThis as { Intl?: unknown };
    const saved = g.Intl;
    delete g.Intl;
    try {
      expect(formatSlotLabel(instant, "fr", zone)).toBe(fr);
      expect(formatSlotLabel(instant, "en", zone)).toBe(en);
    } finally {
      g.Intl = saved;
    }
  });
});
