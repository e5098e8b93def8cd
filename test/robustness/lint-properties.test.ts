// Properties of `lint` on arbitrary drafts: it never throws, it terminates, it gives the same findings for
// the same input, it leaves the draft as it was, and every fix it proposes applies to that draft.
// The big inputs (10 MB, 10,000 levels, 5,000 recipients) are single cases in big-inputs.test.ts.
import fc from "fast-check";
import { applyFix, defaultPolicy, lint, loadPolicy, type Draft } from "../../src/lint";
import * as arb from "./arbitraries";

/** Runs per property; `FC_RUNS=2000 npx jest test/robustness` digs deeper. */
const RUNS = Number(process.env.FC_RUNS) || 150;
/** A fixed seed keeps CI repeatable; `npm run test:fuzz` runs more cases with a random one. */
const SEED = process.env.FC_SEED === "random" ? undefined : Number(process.env.FC_SEED) || 20261126;
const PARAMS: fc.Parameters<unknown> = { numRuns: RUNS, seed: SEED };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("lint on arbitrary drafts", () => {
  it("never throws, and gives the same findings twice", () => {
    fc.assert(
      fc.property(arb.draft(), arb.now, (draft, now) => {
        const first = lint(draft, { now });
        const second = lint(draft, { now });
        expect(second).toEqual(first);
      }),
      PARAMS,
    );
  });

  it("does not change the draft it reads, and gives the same findings for a copy of it", () => {
    fc.assert(
      fc.property(arb.draft(), arb.now, (draft, now) => {
        // JSON keeps lone surrogates (as escapes): the copy is exact.
        const before = clone(draft);
        const findings = lint(draft, { now });
        expect(draft).toEqual(before);
        expect(lint(before, { now })).toEqual(findings);
      }),
      PARAMS,
    );
  });

  it("proposes only fixes that apply to the draft, and the fixed draft lints without throwing", () => {
    fc.assert(
      fc.property(arb.draft(), arb.now, arb.fullUnicode(30), (draft, now, alt) => {
        for (const finding of lint(draft, { now })) {
          for (const fix of finding.fixes) {
            const filled = fix.kind === "set-image-alt" ? { ...fix, alt } : fix;
            const fixed: Draft = applyFix(draft, filled);
            lint(fixed, { now });
          }
        }
      }),
      { ...PARAMS, numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it("gives every instant (send-time location, schedule-delivery fix) as ISO 8601 that reads back", () => {
    fc.assert(
      fc.property(arb.draft(), arb.now, (draft, now) => {
        for (const finding of lint(draft, { now })) {
          const instants: string[] = [];
          if (finding.location.part === "send-time") instants.push(finding.location.at);
          for (const fix of finding.fixes) if (fix.kind === "schedule-delivery") instants.push(fix.at);
          for (const at of instants) {
            expect(at).toMatch(/^(?:\d{4}|[+-]\d{6})-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
            expect(Date.parse(at)).not.toBeNaN();
          }
        }
      }),
      PARAMS,
    );
  });

  it("reads plain text with any characters, lone surrogates and NUL bytes included", () => {
    fc.assert(
      fc.property(arb.utf16(400), arb.fullUnicode(400), arb.now, (a, b, now) => {
        const draft: Draft = { to: [{ address: a }], subject: b, body: { text: a + b } };
        expect(lint(draft, { now })).toEqual(lint(draft, { now }));
        const html: Draft = { to: [{ address: b }], subject: a, body: { html: b + a } };
        expect(lint(html, { now })).toEqual(lint(html, { now }));
      }),
      PARAMS,
    );
  });

  it("reads tag soup: unclosed tags, bare attributes, comments, CDATA, <img fragments", () => {
    fc.assert(
      fc.property(arb.tagSoup(80), arb.now, (html, now) => {
        const draft: Draft = { to: [{ address: "paul@partner.com" }], subject: "Budget", body: { html } };
        expect(lint(draft, { now })).toEqual(lint(draft, { now }));
      }),
      PARAMS,
    );
  });

  it("takes empty everything", () => {
    const empties: Draft[] = [
      { to: [], subject: "" },
      { to: [], subject: "", body: { html: "" } },
      { to: [], subject: "", body: { text: "" } },
      { to: [{ address: "" }], cc: [], bcc: [], subject: "", attachments: [] },
      { from: { address: "" }, to: [{ address: "", name: "" }], subject: "", attachments: [{ name: "" }] },
      { to: [], subject: "", sendAt: "", deliverAt: "", timeZone: "" },
      { to: [], subject: " ", body: { html: "<html><body></body></html>" } },
    ];
    for (const draft of empties) expect(lint(draft, { now: 0 })).toEqual(lint(draft, { now: 0 }));
  });
});

describe("lint with an arbitrary policy", () => {
  it("loads any JSON as a policy (problems named, defaults kept) and lints with it", () => {
    fc.assert(
      fc.property(arb.policyJson, arb.draft(), arb.now, (json, draft, now) => {
        const { policy } = loadPolicy(json);
        // Only the known thresholds, as positive whole numbers ("toString" or "constructor" are none).
        expect(Object.keys(policy.thresholds).sort()).toEqual(Object.keys(defaultPolicy().thresholds).sort());
        for (const v of Object.values(policy.thresholds)) expect(Number.isInteger(v) && v >= 1).toBe(true);
        expect(lint(draft, { policy, now })).toEqual(lint(draft, { policy, now }));
      }),
      { ...PARAMS, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
