import { holidayOn, type HolidayRegion } from "../../../src/lint/calendar/holidays";

// [why, year, month, day, region, expected name]
const cases: [string, number, number, number, HolidayRegion, string | undefined][] = [
  ["New Year's Day", 2026, 1, 1, "FR", "Jour de l'an"],
  ["Easter Monday 2026 is 6 April (Easter is 5 April)", 2026, 4, 6, "FR", "Lundi de Pâques"],
  ["Easter Sunday itself is not in the list (always a Sunday)", 2026, 4, 5, "FR", undefined],
  ["Good Friday is not a national holiday", 2026, 4, 3, "FR", undefined],
  ["Labour Day, a Friday in 2026", 2026, 5, 1, "FR", "Fête du travail"],
  ["8 May", 2026, 5, 8, "FR", "Victoire des alliés"],
  ["Ascension 2026 is Thursday 14 May (Easter + 39)", 2026, 5, 14, "FR", "Ascension"],
  ["the Friday after Ascension is a bridge day, not a holiday", 2026, 5, 15, "FR", undefined],
  ["Whit Monday 2026 is 25 May (Easter + 50)", 2026, 5, 25, "FR", "Lundi de Pentecôte"],
  ["Bastille Day", 2026, 7, 14, "FR", "Fête Nationale"],
  ["Assumption", 2026, 8, 15, "FR", "Assomption"],
  ["All Saints", 2026, 11, 1, "FR", "Toussaint"],
  ["Armistice", 2026, 11, 11, "FR", "Armistice"],
  ["Christmas", 2026, 12, 25, "FR", "Noël"],
  ["26 December is only a holiday in Alsace-Moselle", 2026, 12, 26, "FR", undefined],
  ["an ordinary working day", 2026, 11, 30, "FR", undefined],
  ["Easter Monday 2027 is 29 March (Easter is 28 March)", 2027, 3, 29, "FR", "Lundi de Pâques"],
  ["Ascension 2027 is 6 May", 2027, 5, 6, "FR", "Ascension"],
  ["Whit Monday 2027 is 17 May", 2027, 5, 17, "FR", "Lundi de Pentecôte"],
  ["14 July 2027", 2027, 7, 14, "FR", "Fête Nationale"],
  ["11 November 2027", 2027, 11, 11, "FR", "Armistice"],
  ["the 2026 Ascension date is not a holiday in 2027", 2027, 5, 14, "FR", undefined],
  ["Alsace-Moselle: Good Friday 2026 is 3 April", 2026, 4, 3, "FR-alsace-moselle", "Vendredi Saint"],
  ["Alsace-Moselle: 26 December", 2026, 12, 26, "FR-alsace-moselle", "Saint Étienne"],
  ["Alsace-Moselle: Good Friday 2027 is 26 March", 2027, 3, 26, "FR-alsace-moselle", "Vendredi Saint"],
  ["Alsace-Moselle keeps the national holidays", 2026, 7, 14, "FR-alsace-moselle", "Fête Nationale"],
  ["Alsace-Moselle keeps Easter Monday", 2026, 4, 6, "FR-alsace-moselle", "Lundi de Pâques"],
  ["'none' has no 14 July", 2026, 7, 14, "none", undefined],
  ["'none' has no Christmas", 2026, 12, 25, "none", undefined],
  ["'none' has no Easter Monday", 2026, 4, 6, "none", undefined],
];

describe("holidayOn", () => {
  it.each(cases)("%s", (_why, year, month, day, region, expected) => {
    expect(holidayOn(year, month, day, region)).toBe(expected);
  });

  it("returns the same answers from its cache", () => {
    // why: results are cached per (year, region); a second call must not differ, nor leak across regions.
    expect(holidayOn(2026, 4, 3, "FR-alsace-moselle")).toBe("Vendredi Saint");
    expect(holidayOn(2026, 4, 3, "FR")).toBeUndefined();
    expect(holidayOn(2026, 4, 3, "FR-alsace-moselle")).toBe("Vendredi Saint");
  });

  it.each([
    ["23:00 the day before (a DST fall-back crossed, e.g. Sydney in April)", -3600000],
    ["01:00 (a spring-forward crossed)", 3600000],
  ])("reads the library's dates on the right day when they sit at %s", (_why, shift) => {
    // why: the library adds 24 h steps to local midnight, so its Easter-based dates drift by the device's DST.
    jest.isolateModules(() => {
      jest.doMock("@socialgouv/jours-feries", () => () => ({
        "Lundi de Pâques": new Date(new Date(2026, 3, 6).getTime() + shift),
      }));
      const fresh =
        require("../../../src/lint/calendar/holidays") as typeof import("../../../src/lint/calendar/holidays");
      expect(fresh.holidayOn(2026, 4, 6, "FR")).toBe("Lundi de Pâques");
      expect(fresh.holidayOn(2026, 4, 5, "FR")).toBeUndefined();
      expect(fresh.holidayOn(2026, 4, 7, "FR")).toBeUndefined();
    });
  });
});
