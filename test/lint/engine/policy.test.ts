import { lint, loadPolicy, type Draft } from "../../../src/lint";

describe("loadPolicy", () => {
  it("gives the defaults for no policy", () => {
    const { policy, problems } = loadPolicy(undefined);
    expect(problems).toEqual([]);
    expect(policy.workingTime).toMatchObject({
      days: [1, 2, 3, 4, 5],
      start: "08:00",
      end: "19:00",
      holidays: "FR",
    });
    expect(policy.thresholds).toEqual({
      replyAll: 5,
      bulkExternal: 5,
      bulk: 25,
      subjectLength: 100,
      threadPrefixes: 3,
      threadMessages: 5,
      messageWords: 400,
      attachmentMB: 10,
      attachmentsTotalMB: 20,
    });
  });

  it("reads a complete valid policy", () => {
    const { policy, problems } = loadPolicy({
      internalDomains: ["@Ville-Exemple.fr", "cias-exemple.fr"],
      personalDomains: ["wanadoo.com"],
      timeZone: "Europe/Paris",
      workingTime: {
        days: [1, 2, 3, 4],
        start: "07:30",
        end: "17:00",
        closureDays: ["2026-12-24"],
        holidays: "FR-alsace-moselle",
      },
      thresholds: { bulkExternal: 10 },
      rules: { "after-hours-send": "off", "vague-subject": "info" },
      keywords: { health: ["CLM"] },
    });
    expect(problems).toEqual([]);
    expect(policy.internalDomains).toEqual(["ville-exemple.fr", "cias-exemple.fr"]);
    expect(policy.workingTime).toEqual({
      days: [1, 2, 3, 4],
      start: "07:30",
      end: "17:00",
      closureDays: ["2026-12-24"],
      holidays: "FR-alsace-moselle",
    });
    expect(policy.thresholds.bulkExternal).toBe(10);
    expect(policy.rules).toEqual({ "after-hours-send": "off", "vague-subject": "info" });
  });

  it.each([
    ["not an object", 42, ""],
    ["unknown top-level field", { internalDomain: ["x.fr"] }, "internalDomain"],
    ["domain list of the wrong type", { internalDomains: "x.fr" }, "internalDomains"],
    [
      "one bad domain names its index",
      { internalDomains: ["ok.fr", "pas un domaine"] },
      "internalDomains[1]",
    ],
    ["unknown time zone", { timeZone: "Europe/Lutece" }, "timeZone"],
    ["working days out of range", { workingTime: { days: [0, 8] } }, "workingTime.days"],
    ["badly written hour", { workingTime: { start: "8h" } }, "workingTime.start"],
    ["end before start", { workingTime: { start: "18:00", end: "09:00" } }, "workingTime.end"],
    [
      "closure day not a date",
      { workingTime: { closureDays: ["24/12/2026"] } },
      "workingTime.closureDays[0]",
    ],
    ["unknown holiday region", { workingTime: { holidays: "BE" } }, "workingTime.holidays"],
    ["threshold not a positive integer", { thresholds: { bulk: -1 } }, "thresholds.bulk"],
    ["unknown threshold", { thresholds: { bulkk: 3 } }, "thresholds.bulkk"],
    ["unknown rule id", { rules: { "vague-subjet": "off" } }, "rules.vague-subjet"],
    ["bad severity", { rules: { "vague-subject": "fatal" } }, "rules.vague-subject"],
    ["unknown keyword category", { keywords: { santé: ["x"] } }, "keywords.santé"],
  ])("%s → a problem naming %p, in French and English, and the default kept", (_why, input, path) => {
    const { policy, problems } = loadPolicy(input);
    expect(problems.map((p) => p.path)).toContain(path);
    for (const p of problems) expect(p.message.fr.length * p.message.en.length).toBeGreaterThan(0);
    const defaults = loadPolicy(undefined).policy;
    expect(policy.workingTime).toEqual(defaults.workingTime);
    expect(policy.thresholds).toEqual(defaults.thresholds);
  });
});

describe("policy in the engine", () => {
  const late: Draft = {
    to: [{ address: "a@x.fr" }],
    subject: "Question",
    sendAt: "2026-11-28T10:00:00+01:00",
    timeZone: "Europe/Paris",
  };

  it("'off' removes a rule's findings and a severity replaces its main level", () => {
    const ids = (input: unknown) =>
      lint(late, { policy: loadPolicy(input).policy }).map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids(undefined)).toEqual(["vague-subject:warning", "after-hours-send:warning"]);
    expect(ids({ rules: { "after-hours-send": "off", "vague-subject": "error" } })).toEqual([
      "vague-subject:error",
    ]);
  });

  it("a rule's milder findings keep their own level under a severity override", () => {
    const long = {
      ...late,
      sendAt: "2026-11-24T10:00:00+01:00",
      subject: "Compte rendu ".repeat(10) + "du conseil",
    };
    const found = lint(long, { policy: loadPolicy({ rules: { "vague-subject": "error" } }).policy });
    expect(found.map((f) => `${f.messageId}:${f.severity}`)).toEqual(["long:info"]);
  });

  it("extra keywords from the policy are matched", () => {
    const d: Draft = {
      ...late,
      sendAt: "2026-11-24T10:00:00+01:00",
      subject: "Dossier CLM de M. Petit",
      from: { address: "me@org.fr" },
    };
    expect(lint(d).some((f) => f.ruleId === "external-sensitive-content")).toBe(false);
    const found = lint(d, { policy: loadPolicy({ keywords: { health: ["CLM"] } }).policy });
    expect(found.find((f) => f.ruleId === "external-sensitive-content")).toMatchObject({
      messageId: "health",
      severity: "error",
    });
  });

  it("lowering a rule lowers its stronger findings too, raising it leaves them", () => {
    const empty = { ...late, subject: "", sendAt: "2026-11-24T10:00:00+01:00" };
    const level = (input: unknown) =>
      lint(empty, { policy: loadPolicy(input).policy, only: ["vague-subject"] })[0].severity;
    expect(level(undefined)).toBe("error");
    expect(level({ rules: { "vague-subject": "info" } })).toBe("info");
    expect(level({ rules: { "vague-subject": "error" } })).toBe("error");
  });
});
