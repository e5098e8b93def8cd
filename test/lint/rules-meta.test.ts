// Rule hygiene, after ESLint's own checks: each rule has its file, its test table, complete metadata,
// and every message exists in French and English with the same placeholders.
import * as fs from "fs";
import * as path from "path";
import { RULES } from "../../src/lint";

const placeholders = (s: string) =>
  (s.match(/\{\{\s*\w+\s*\}\}/g) || []).map((p) => p.replace(/\s/g, "")).sort();

describe.each(RULES.map((r) => [r.meta.id, r] as const))("rule %s", (id, rule) => {
  it("lives in src/lint/rules/<id>.ts and has test/lint/rules/<id>.test.ts", () => {
    expect(fs.existsSync(path.resolve(__dirname, `../../src/lint/rules/${id}.ts`))).toBe(true);
    expect(fs.existsSync(path.resolve(__dirname, `rules/${id}.test.ts`))).toBe(true);
  });

  it("has a kebab-case id and complete bilingual metadata", () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const text of [rule.meta.guide, rule.meta.description, rule.meta.why]) {
      expect(text.fr.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
      expect(text.fr).not.toBe(text.en);
    }
  });

  it("has every message in French and English with the same placeholders", () => {
    const ids = Object.keys(rule.meta.messages);
    expect(ids.length).toBeGreaterThan(0);
    for (const m of ids) {
      const { fr, en } = rule.meta.messages[m];
      expect([m, placeholders(fr)]).toEqual([m, placeholders(en)]);
      expect(fr).not.toBe(en);
    }
  });
});
