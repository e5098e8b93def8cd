// Edges the properties found: instants at the ends of Date's range, and send moments that are no date.
import { lint, loadPolicy, type Draft } from "../../src/lint";
import { formatInstant, offReason, offsetMinutes, DEFAULT_WORKING_TIME } from "../../src/lint/calendar";
import { findCards } from "../../src/lint/detectors";

const MAX = 8.64e15;
const base: Draft = {
  to: [{ address: "paul.durand@ville-exemple.fr" }],
  subject: "Budget 2027 : validation",
};

describe("instants at the ends of Date's range", () => {
  it("are written with ISO 8601's expanded years, which Date reads back", () => {
    expect(formatInstant(MAX, "UTC")).toBe("+275760-09-13T00:00:00+00:00");
    expect(formatInstant(-MAX, "UTC")).toBe("-271821-04-20T00:00:00+00:00");
    expect(formatInstant(Date.UTC(-1, 0, 1), "UTC")).toBe("-000001-01-01T00:00:00+00:00");
    expect(formatInstant(Date.UTC(10000, 0, 1), "UTC")).toBe("+010000-01-01T00:00:00+00:00");
    // (A day inside the range: at its very ends, Paris' clock would read a day Date cannot hold.)
    for (const at of [
      MAX - 864e5,
      -MAX + 864e5,
      Date.UTC(-1, 0, 1),
      Date.UTC(10000, 0, 1),
      Date.UTC(2026, 10, 30),
    ])
      expect(Date.parse(formatInstant(at, "Europe/Paris"))).toBe(at);
  });

  it("have offsets within a day before 1 AD too (en-US writes 1 BC as '1', without its era)", () => {
    for (const at of [-1708146547740001, Date.UTC(0, 11, 31), -MAX + 86400000])
      expect(Math.abs(offsetMinutes(at, "Europe/Paris"))).toBeLessThan(24 * 60);
  });

  it("are not judged when the zone's wall clock falls past the range", () => {
    // Etc/GMT-14 is UTC+14: at the last instant Date knows, its clock reads a day Date cannot hold.
    expect(offReason(MAX, DEFAULT_WORKING_TIME, "Etc/GMT-14")).toBeUndefined();
    const draft: Draft = { ...base, timeZone: "Etc/GMT-14", sendAt: "+275760-09-12T23:00:00.000Z" };
    expect(lint(draft, { now: 0 }).filter((f) => f.ruleId === "after-hours-send")).toEqual([]);
  });
});

describe("a send moment that is no date", () => {
  it.each([NaN, Infinity, -Infinity, 1e300])(
    "now = %p: lint does not throw and judges no send time",
    (now) => {
      const findings = lint(base, { now });
      expect(findings.filter((f) => f.ruleId === "after-hours-send")).toEqual([]);
    },
  );
});

describe("a body of millions of digit groups", () => {
  it("is scanned for cards without overflowing the regexp stack", () => {
    const text = "1 ".repeat(3000000) + "4111 1111 1111 1111";
    const cards = findCards(text);
    expect(cards.map((c) => c.masked)).toEqual(["**** **** **** 1111"]);
  });
});

describe("a policy naming inherited properties as thresholds", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])("%s is an unknown threshold", (key) => {
    const { policy, problems } = loadPolicy(JSON.parse(`{"thresholds": {"${key}": 3}}`));
    expect(problems.map((p) => p.path)).toEqual([`thresholds.${key}`]);
    expect(Object.prototype.hasOwnProperty.call(policy.thresholds, key)).toBe(false);
  });
});
