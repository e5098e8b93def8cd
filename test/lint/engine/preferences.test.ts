import { lint, loadPolicy, readPreferences, withPreferences, type Draft } from "../../../src/lint";

const policy = loadPolicy({
  workingTime: { start: "08:00", end: "19:00" },
  blockingRules: ["external-sensitive-content"],
  rules: { "long-message": "off" },
}).policy;

describe("user preferences within the policy", () => {
  it("the policy applies as it is without preferences (policy over defaults)", () => {
    expect(withPreferences(policy, undefined)).toEqual({ policy, hiddenRules: [] });
    expect(policy.rules["long-message"]).toBe("off");
  });

  it.each([
    ["narrower personal hours are kept", { start: "09:00", end: "16:00" }, { start: "09:00", end: "16:00" }],
    [
      "hours starting before the policy's day are ignored",
      { start: "07:00", end: "16:00" },
      { start: "08:00", end: "19:00" },
    ],
    [
      "hours ending after the policy's day are ignored",
      { start: "09:00", end: "20:00" },
      { start: "08:00", end: "19:00" },
    ],
    [
      "an end before the start is ignored",
      { start: "16:00", end: "09:00" },
      { start: "08:00", end: "19:00" },
    ],
    ["badly written hours are ignored", { start: "9h", end: "16:00" }, { start: "08:00", end: "19:00" }],
  ])("%s", (_why, workingHours, expected) => {
    const wt = withPreferences(policy, { workingHours }).policy.workingTime;
    expect({ start: wt.start, end: wt.end }).toEqual(expected);
  });

  it("personal hours change what the engine calls after hours", () => {
    const draft: Draft = {
      to: [{ address: "a@x.fr" }],
      subject: "Budget 2027 : validation",
      sendAt: "2026-11-24T17:00:00+01:00",
      timeZone: "Europe/Paris",
    };
    const ids = (p: typeof policy) =>
      lint(draft, { policy: p, only: ["after-hours-send"] }).map((f) => f.ruleId);
    expect(ids(policy)).toEqual([]);
    expect(ids(withPreferences(policy, { workingHours: { start: "09:00", end: "16:00" } }).policy)).toEqual([
      "after-hours-send",
    ]);
  });

  it("a rule the policy makes blocking cannot be hidden", () => {
    const hidden = withPreferences(policy, {
      hiddenRules: ["external-sensitive-content", "all-caps"],
    }).hiddenRules;
    expect(hidden).toEqual(["all-caps"]);
  });

  it("reads whatever roaming settings hold without trusting it", () => {
    expect(readPreferences(undefined)).toEqual({});
    expect(readPreferences("x")).toEqual({});
    expect(
      readPreferences({ language: "de", hiddenRules: ["all-caps", 3], workingHours: { start: 9 } }),
    ).toEqual({ hiddenRules: ["all-caps"] });
    expect(readPreferences({ language: "en", workingHours: { start: "09:00", end: "16:00" } })).toEqual({
      language: "en",
      workingHours: { start: "09:00", end: "16:00" },
    });
  });
});
