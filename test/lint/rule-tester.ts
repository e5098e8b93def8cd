// A table-driven tester in the manner of ESLint's RuleTester: each case says why it exists; invalid cases
// name the findings they expect (rule id, message id, severity, location) and the draft their fix yields.
import {
  applyFix,
  lint,
  loadPolicy,
  messageOf,
  RULES_BY_ID,
  type Draft,
  type Finding,
  type Fix,
} from "../../src/lint";

export interface ValidCase {
  why: string;
  draft: Draft;
  policy?: unknown;
  /** the send moment when the draft has no sendAt */
  now?: string;
}

export interface ExpectedFinding {
  messageId: string;
  severity?: Finding["severity"];
  /** matched with toMatchObject */
  data?: Record<string, unknown>;
  /** matched with toMatchObject */
  location: Record<string, unknown>;
  /** the first fix, completed by `fill` (e.g. the alt text a user types), applied to the draft */
  fix?: {
    kind: Fix["kind"];
    fill?: (fix: Fix) => Fix;
    /** the fixed draft, matched with toEqual */
    output: Draft;
  };
  /** assert that the finding has no fix */
  noFix?: true;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

/** A plain draft that no rule minds: internal, specific subject, Tuesday 10:00 in Paris. */
export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
    to: [{ name: "Paul Durand", address: "paul.durand@ville-exemple.fr" }],
    subject: "Budget 2027 du service culture : validation avant le 12 décembre",
    body: {
      html: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget joint avant le 12 décembre ?</p><p>Jeanne</p>",
    },
    composeType: "new",
    sendAt: "2026-11-24T10:00:00+01:00",
    timeZone: "Europe/Paris",
    ...overrides,
  };
}

function run(ruleId: string, c: ValidCase): Finding[] {
  const { policy, problems } = loadPolicy(c.policy);
  expect(problems).toEqual([]);
  return lint(c.draft, { policy, only: [ruleId], now: c.now ? Date.parse(c.now) : undefined });
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it("is registered", () => {
      expect(RULES_BY_ID[ruleId]).toBeDefined();
    });
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.why, c] as const))("%s", (_why, c) => {
        expect(run(ruleId, c)).toEqual([]);
      });
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.why, c] as const))("%s", (_why, c) => {
        const found = run(ruleId, c);
        expect(found.map((f) => f.messageId)).toEqual(c.findings.map((e) => e.messageId));
        c.findings.forEach((expected, i) => {
          const f = found[i];
          expect(f.ruleId).toBe(ruleId);
          expect(f.severity).toBe(expected.severity || RULES_BY_ID[ruleId].meta.severity);
          expect(f.location).toMatchObject(expected.location);
          if (expected.data) expect(f.data).toMatchObject(expected.data);
          for (const lang of ["fr", "en"] as const) expect(messageOf(f, lang)).not.toMatch(/\{\{|undefined/);
          if (expected.noFix) expect(f.fixes).toEqual([]);
          if (expected.fix) {
            expect(f.fixes.length).toBeGreaterThan(0);
            const fix = f.fixes[0];
            expect(fix.kind).toBe(expected.fix.kind);
            const fixed = applyFix(c.draft, expected.fix.fill ? expected.fix.fill(fix) : fix);
            expect(fixed).toEqual(expected.fix.output);
          }
        });
      });
    });
  });
}
