// The engine's public-suffix table is generated (scripts/public-suffixes.ts, `npm run docs`) from the list tldts
// ships: the committed file must be what the script makes now, and keep what the script says it keeps.
import * as fs from "fs";
import {
  GENERIC_LABELS,
  icannRules,
  publicSuffixesModule,
  PUBLIC_SUFFIXES_FILE,
  selectRules,
} from "../../../scripts/public-suffixes";
import { PUBLIC_SUFFIXES } from "../../../src/lint/suffixes/public-suffixes";

describe("src/lint/suffixes/public-suffixes.ts", () => {
  const all = icannRules();
  const kept = selectRules(all);

  it("is what scripts/public-suffixes.ts makes from the installed tldts (run `npm run docs` after updating tldts)", () => {
    expect(fs.readFileSync(PUBLIC_SUFFIXES_FILE, "utf8")).toBe(publicSuffixesModule());
  });

  it("holds the selected rules, each once", () => {
    const inTable = PUBLIC_SUFFIXES.flatMap((group) => {
      const [tld, ...rules] = group.split(" ");
      return rules.map((r) => r + "." + tld);
    });
    expect(inTable.slice().sort()).toEqual(kept.slice().sort());
    expect(new Set(inTable).size).toBe(inTable.length);
  });

  it("keeps every ICANN rule under fr, and the French public bodies' and associations' suffixes", () => {
    expect(kept).toEqual(expect.arrayContaining(all.filter((r) => /\.fr$/.test(r))));
    expect(kept).toEqual(expect.arrayContaining(["gouv.fr", "asso.fr", "com.fr", "nom.fr", "cci.fr"]));
  });

  it("keeps the generic two-label rules, what lies under them and the top-level wildcards", () => {
    expect(kept).toEqual(
      expect.arrayContaining(["co.uk", "ac.uk", "nhs.uk", "police.uk", "*.sch.uk", "com.au", "nsw.edu.au"]),
    );
    expect(kept).toEqual(
      expect.arrayContaining(["gob.mx", "go.jp", "govt.nz", "asso.re", "*.ck", "!www.ck"]),
    );
    for (const rule of kept) {
      const labels = rule.replace(/^!/, "").split(".");
      const tld = labels[labels.length - 1];
      const underGeneric = labels.length >= 2 && GENERIC_LABELS.includes(labels[labels.length - 2]);
      const topWildcard = labels.length === 2 && labels[0] === "*";
      const topException = rule[0] === "!" && labels.length === 2 && kept.includes("*." + tld);
      expect([rule, tld === "fr" || underGeneric || topWildcard || topException]).toEqual([rule, true]);
    }
  });

  it("is no longer the whole list: the ICANN section's descriptive, place-name and IDN rules stay out", () => {
    for (const left of ["biz.pl", "info.ve", "name.vn", "oslo.no", "kobe.jp", "*.kobe.jp", "公司.cn"])
      expect([left, all.includes(left), kept.includes(left)]).toEqual([left, true, false]);
    expect(kept.length).toBeLessThan(all.length / 4);
  });

  it("has no private-section rule", () => {
    for (const hosting of ["github.io", "blogspot.com", "notaires.fr", "dyndns.org"])
      expect([hosting, all.includes(hosting)]).toEqual([hosting, false]);
  });
});
