// The pane's lint step without React: the skip on an unchanged draft, and the order of findings.
import { lint, loadPolicy, type Draft, type Finding } from "../../src/lint";
import {
  arrangeFindings,
  createLinter,
  draftKey,
  keyFindings,
  prepareDraft,
} from "../../src/taskpane/relint";
import { draft } from "./fixtures";

const policy = loadPolicy({}).policy;

describe("createLinter", () => {
  test("an unchanged draft is not linted again", () => {
    const spy = jest.fn(lint);
    const linter = createLinter(spy);
    const d: Draft = { ...draft(), sendAt: "2026-11-24T10:00:00+01:00" };
    const now = Date.parse("2026-11-24T10:00:10+01:00");
    const first = linter.run(d, { policy, now });
    expect(first.changed).toBe(true);
    // Same draft, a later read time stamped by the host, within the same minute: skipped, same findings.
    const again = linter.run({ ...d, sendAt: "2026-11-24T10:00:03+01:00" }, { policy, now: now + 20000 });
    expect(again).toEqual({ findings: first.findings, changed: false });
    expect(spy).toHaveBeenCalledTimes(1);
    // The next minute (19:00 may have passed), a changed draft, a forced run (after a fix): linted.
    expect(linter.run(d, { policy, now: now + 60000 }).changed).toBe(true);
    expect(linter.run({ ...d, subject: "Autre" }, { policy, now: now + 60000 }).changed).toBe(true);
    expect(linter.run({ ...d, subject: "Autre" }, { policy, now: now + 60000, force: true }).changed).toBe(
      true,
    );
    // Another policy object: linted.
    expect(
      linter.run({ ...d, subject: "Autre" }, { policy: loadPolicy({}).policy, now: now + 60000 }).changed,
    ).toBe(true);
    expect(spy).toHaveBeenCalledTimes(5);
  });

  test("the key ignores only sendAt", () => {
    const d = draft();
    expect(draftKey({ ...d, sendAt: "2026-11-24T10:00:00Z" }, 0)).toBe(draftKey(d, 0));
    expect(draftKey({ ...d, deliverAt: "2026-11-25T08:00:00Z" }, 0)).not.toBe(draftKey(d, 0));
  });
});

describe("prepareDraft", () => {
  test("keeps the draft's zone, else takes the policy's, else the device's", () => {
    const paris = loadPolicy({ timeZone: "Europe/Paris" }).policy;
    expect(prepareDraft({ ...draft(), timeZone: "America/Martinique" }, paris).timeZone).toBe(
      "America/Martinique",
    );
    expect(prepareDraft(draft(), paris).timeZone).toBe("Europe/Paris");
    expect(prepareDraft(draft(), policy).timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe("arrangeFindings", () => {
  const f = (ruleId: string, severity: Finding["severity"]): Finding => ({
    ruleId,
    severity,
    messageId: "m",
    data: {},
    location: { part: "subject" },
    fixes: [],
  });

  test("flagged rules first, in the context's order; the rest by severity", () => {
    const all = [f("a", "error"), f("b", "warning"), f("c", "warning"), f("d", "info")];
    const { flagged, groups } = arrangeFindings(all, { source: "send", ruleIds: ["c", "a"] });
    expect(flagged.map((x) => x.ruleId)).toEqual(["c", "a"]);
    expect(groups.map((g) => [g.severity, g.findings.map((x) => x.ruleId)])).toEqual([
      ["warning", ["b"]],
      ["info", ["d"]],
    ]);
  });

  test("two look-alike findings get distinct keys", () => {
    const keys = keyFindings([f("a", "error"), f("a", "error")]);
    expect(new Set(keys.values()).size).toBe(2);
  });
});
