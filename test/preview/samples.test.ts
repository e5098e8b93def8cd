// The gallery: every rule has a sample that triggers it, and only it; the clean ones trigger nothing. The browser
// tests (test/browser/gallery.test.ts) check that the pane shows them; this one keeps the gallery honest fast.
import { lint, loadPolicy, RULES } from "../../src/lint";
import { SAMPLES, SAMPLES_BY_ID } from "../../src/preview/samples";

// The policy the preview is built with (./policy.json): the engine's defaults.
const POLICY = loadPolicy(undefined).policy;

describe("the preview's sample drafts", () => {
  it("have unique ids, titles in both languages, and both languages among them", () => {
    expect(new Set(SAMPLES.map((s) => s.id)).size).toBe(SAMPLES.length);
    for (const s of SAMPLES) {
      expect(s.title.fr).not.toBe("");
      expect(s.title.en).not.toBe("");
      expect(SAMPLES_BY_ID[s.id]).toBe(s);
    }
    expect(SAMPLES.some((s) => s.lang === "fr")).toBe(true);
    expect(SAMPLES.some((s) => s.lang === "en")).toBe(true);
  });

  it("cover every rule, and include two drafts with nothing to report", () => {
    const covered = new Set(SAMPLES.map((s) => s.rule).filter((r): r is string => !!r));
    expect(RULES.map((r) => r.meta.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(SAMPLES.filter((s) => !s.rule).length).toBe(2);
  });

  it.each(SAMPLES.map((s) => [s.id, s] as const))("%s triggers its rule and no other", (_id, s) => {
    const ids = lint(s.draft, { policy: POLICY }).map((f) => f.ruleId);
    expect(Array.from(new Set(ids))).toEqual(s.rule ? [s.rule] : []);
  });
});
