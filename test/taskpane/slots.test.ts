// Scheduling slots from the policy's working time, in the policy's zone.
import { loadPolicy } from "../../src/lint";
import {
  clearScheduleFix,
  dayValue,
  parseDay,
  scheduledAt,
  scheduleFix,
  slotsOn,
  whyNoSlot,
} from "../../src/taskpane/slots";

const wt = loadPolicy({}).policy.workingTime;
const PARIS = "Europe/Paris";
const FRIDAY_2140 = Date.parse("2026-11-27T21:40:00+01:00");

describe("slotsOn", () => {
  test("a working Monday: every half hour from 08:00 to 18:30", () => {
    const slots = slotsOn({ year: 2026, month: 11, day: 30 }, wt, PARIS, FRIDAY_2140);
    expect(slots.map((s) => s.value)).toEqual([
      "08:00",
      "08:30",
      "09:00",
      "09:30",
      "10:00",
      "10:30",
      "11:00",
      "11:30",
      "12:00",
      "12:30",
      "13:00",
      "13:30",
      "14:00",
      "14:30",
      "15:00",
      "15:30",
      "16:00",
      "16:30",
      "17:00",
      "17:30",
      "18:00",
      "18:30",
    ]);
    expect(slots[0].at).toBe(Date.parse("2026-11-30T08:00:00+01:00"));
  });

  test("only slots after now", () => {
    const now = Date.parse("2026-11-30T17:10:00+01:00");
    expect(slotsOn({ year: 2026, month: 11, day: 30 }, wt, PARIS, now).map((s) => s.value)).toEqual([
      "17:30",
      "18:00",
      "18:30",
    ]);
  });

  test("weekends, holidays and closures have none, and say why", () => {
    const closed = loadPolicy({ workingTime: { closureDays: ["2026-12-24"] } }).policy.workingTime;
    const none = (d: string, w = wt) => {
      const day = parseDay(d)!;
      return [slotsOn(day, w, PARIS, FRIDAY_2140).length, whyNoSlot(day, w, PARIS)];
    };
    expect(none("2026-11-28")).toEqual([0, { reason: "weekend" }]);
    expect(none("2026-12-25")).toEqual([0, { reason: "holiday", holiday: "Noël" }]);
    expect(none("2026-12-24", closed)).toEqual([0, { reason: "closure" }]);
    expect(none("2026-11-27")).toEqual([0, { reason: "past" }]);
  });

  test("the DST change days keep wall-clock times", () => {
    const sunday = loadPolicy({ workingTime: { days: [7], start: "01:00", end: "04:00" } }).policy
      .workingTime;
    // 29 March 2026: 02:00-03:00 does not exist in Paris.
    const values = slotsOn({ year: 2026, month: 3, day: 29 }, sunday, PARIS, 0).map((s) => s.value);
    expect(values).toEqual(["01:00", "01:30", "03:00", "03:30"]);
  });
});

describe("fixes and helpers", () => {
  test("scheduleFix carries the instant with its offset and both labels", () => {
    expect(scheduleFix(Date.parse("2026-11-30T09:30:00+01:00"), PARIS)).toEqual({
      kind: "schedule-delivery",
      at: "2026-11-30T09:30:00+01:00",
      label: { fr: "lundi 30 novembre à 09:30", en: "Monday 30 November at 09:30" },
    });
  });

  test("clearing sets now", () => {
    const fix = clearScheduleFix(FRIDAY_2140, PARIS, { fr: "envoi immédiat", en: "send now" });
    expect(fix.at).toBe("2026-11-27T21:40:00+01:00");
  });

  test("a delivery time counts only while it is ahead", () => {
    expect(scheduledAt("2026-11-30T08:00:00+01:00", FRIDAY_2140)).toBe(
      Date.parse("2026-11-30T08:00:00+01:00"),
    );
    expect(scheduledAt("2026-11-27T21:40:00+01:00", FRIDAY_2140)).toBeUndefined();
    expect(scheduledAt(undefined, FRIDAY_2140)).toBeUndefined();
    expect(scheduledAt("garbage", FRIDAY_2140)).toBeUndefined();
  });

  test("date input values", () => {
    expect(dayValue(FRIDAY_2140, PARIS)).toBe("2026-11-27");
    expect(dayValue(Date.parse("2026-11-27T23:30:00Z"), PARIS)).toBe("2026-11-28");
    expect(parseDay("2026-13-01")).toBeUndefined();
    expect(parseDay("")).toBeUndefined();
  });
});
