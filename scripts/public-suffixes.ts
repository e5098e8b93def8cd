// Writes src/lint/suffixes/public-suffixes.ts, the engine's compact public-suffix table, from the Public Suffix
// List as tldts ships it. `npm run docs` rewrites it; test/lint/suffixes/public-suffixes.test.ts fails when the
// committed table is not what this script makes from the installed tldts.
//
// Why a selection, and which. The engine asks one question of the list: which part of a mail domain one
// organisation owns (registrableDomain). tldts answers it with the whole list, 44 KB gzip of launchevent.js,
// whose budget is 60 KB. The table keeps what changes answers for mail:
//  - the ICANN section only: the private section (github.io, blogspot.com, s3.amazonaws.com…) is hosting,
//    not mail;
//  - every rule under `fr`: our users are French public bodies and write to gouv.fr, asso.fr, cci.fr…;
//  - the two-label rules whose second-level label is generic and organisational (GENERIC_LABELS: co.uk,
//    gov.au, ac.jp, gob.mx, asso.re…), with every rule below them (*.sch.uk, sp.gov.br, nsw.edu.au, ltd.co.im),
//    so that any domain under a kept rule gets exactly the full list's answer;
//  - the top-level wildcards (*.ck with !www.ck, *.er, *.fk, *.jm, *.mm, *.np, *.pg): there every second-level
//    label, gov. or co. included, is a public suffix and the list names none of them.
// Everything else falls back to the list's default rule "*" (the last label is the suffix), as tldts does for
// a top-level domain it does not know: x.biz.pl or x.city.kobe.jp become biz.pl and kobe.jp, one organisation
// for all their subdomains. test/lint/suffixes/registrable.test.ts lists these accepted differences.
import { createRequire } from "module";
import * as path from "path";
import { getPublicSuffix } from "tldts";

export const PUBLIC_SUFFIXES_FILE = path.resolve(__dirname, "../src/lint/suffixes/public-suffixes.ts");

/**
 * Second-level labels that name a kind of organisation, picked from the ICANN section's two-label rules by how
 * often and where they occur: commerce (co, com, ltd, plc…), networks (net, ne), non-profits (org, or, asso,
 * ngo…), government (gov, gouv, gob, go, gv, gc, lg, int, mil, police, nhs…), education (edu, ac, sch, ed,
 * k12…) and personal names (nom). Left out: descriptive categories (biz, info, name, pro, web, tv, tm, med,
 * art…), place names, and the IDN labels (公司.cn, 政府.hk…). Some of these labels are also place codes
 * (co.us is Colorado, or.it Oristano): kept all the same, they are public suffixes either way.
 */
export const GENERIC_LABELS = [
  // commerce and networks
  "co",
  "com",
  "ltd",
  "plc",
  "llc",
  "pvt",
  "net",
  "ne",
  // non-profits
  "org",
  "or",
  "asso",
  "assn",
  "ngo",
  "ong",
  // government, international and armed forces
  "gov",
  "gouv",
  "govt",
  "gob",
  "gub",
  "go",
  "gv",
  "gc",
  "lg",
  "muni",
  "parliament",
  "police",
  "nhs",
  "int",
  "mil",
  // education
  "edu",
  "ac",
  "sch",
  "school",
  "ed",
  "k12",
  "univ",
  // personal names
  "nom",
];

/** Top-level domains all of whose rules are kept. */
export const WHOLE_TLDS = ["fr"];

interface Trie {
  nodeFlags: ArrayLike<number>;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

const ICANN = 1;

/** tldts's version: the list's snapshot is the one its release ships. */
export function listVersion(): string {
  const load = createRequire(__filename);
  const pkg = load("tldts/package.json") as { version: string };
  return `tldts ${pkg.version}`;
}

/**
 * The ICANN section's rules in PSL syntax (`co.uk`, `*.ck`, `!www.ck`), read from the trie tldts builds from the
 * list (a flat, label-sharing trie: per node a flag, 1 ICANN or 2 private; per edge a label and a child). The
 * format is tldts's own: if a release changes it, this throws rather than write a wrong table.
 */
export function icannRules(): string[] {
  const load = createRequire(__filename);
  const trie = load("tldts/dist/cjs/src/data/trie.js") as Partial<Trie>;
  const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot } = trie;
  if (
    !nodeFlags ||
    !edgeStart ||
    !edgeLength ||
    !edgeChild ||
    typeof labelText !== "string" ||
    typeof rulesRoot !== "number" ||
    typeof exceptionsRoot !== "number"
  )
    throw new Error(
      `${listVersion()}: its trie (dist/cjs/src/data/trie.js) is not in the format this script reads`,
    );
  const offsets: number[] = [];
  for (let e = 0, o = 0; e < edgeLength.length; e++) {
    offsets.push(o);
    o += edgeLength[e];
  }
  const out: string[] = [];
  const walk = (node: number, suffix: string, prefix: string) => {
    if (suffix !== "" && nodeFlags[node] === ICANN) out.push(prefix + suffix);
    for (let e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
      const label = labelText.substr(offsets[e], edgeLength[e]);
      walk(edgeChild[e], suffix === "" ? label : label + "." + suffix, prefix);
    }
  };
  walk(rulesRoot, "", "");
  walk(exceptionsRoot, "", "!");
  const rules = out.sort();
  // The same answers through tldts's public API, or the format was misread.
  for (const rule of rules) {
    const [probe, expected] =
      rule[0] === "!"
        ? [rule.slice(1), rule.slice(rule.indexOf(".") + 1)]
        : rule[0] === "*"
          ? ["x" + rule.slice(1), "x" + rule.slice(1)]
          : [rule, rule];
    const got = getPublicSuffix(probe, { allowPrivateDomains: false });
    if (got !== expected)
      throw new Error(`${listVersion()}: read ${rule} from its trie, but it says ${probe} → ${got}`);
  }
  if (rules.length < 5000 || rules.indexOf("gouv.fr") < 0 || rules.indexOf("co.uk") < 0)
    throw new Error(`${listVersion()}: only ${rules.length} ICANN rules read from its trie`);
  return rules;
}

const labelsOf = (rule: string) => rule.replace(/^!/, "").split(".");

/** The rules the table keeps (see the comment at the top), in the list's syntax. */
export function selectRules(rules: string[]): string[] {
  const generic = new Set(GENERIC_LABELS);
  const kept = new Set<string>();
  // Two-label generic rules, the top-level wildcards, and every rule of a whole TLD.
  for (const rule of rules) {
    const labels = labelsOf(rule);
    const tld = labels[labels.length - 1];
    if (labels.length === 1) continue; // a TLD alone is the default rule "*"
    if (WHOLE_TLDS.indexOf(tld) >= 0) kept.add(rule);
    else if (labels.length === 2 && (generic.has(labels[0]) || labels[0] === "*")) kept.add(rule);
  }
  // Every rule below a kept one, and the exceptions to the kept wildcards.
  for (const rule of rules) {
    const labels = labelsOf(rule);
    for (let i = 1; i < labels.length; i++) {
      const parent = labels.slice(i).join(".");
      if (kept.has(parent) || kept.has("*." + parent)) kept.add(rule);
    }
  }
  return rules.filter((r) => kept.has(r));
}

/** The table as `tld rule rule…` strings, each rule without its TLD; TLDs sorted, rules sorted in a TLD. */
export function tableGroups(selected: string[]): string[] {
  const byTld = new Map<string, string[]>();
  for (const rule of selected) {
    const dot = rule.lastIndexOf(".");
    const tld = rule.slice(dot + 1);
    if (!byTld.has(tld)) byTld.set(tld, []);
    byTld.get(tld)!.push(rule.slice(0, dot));
  }
  return Array.from(byTld.keys())
    .sort()
    .map((tld) => [tld].concat(byTld.get(tld)!.sort()).join(" "));
}

/** The text of src/lint/suffixes/public-suffixes.ts, as Prettier leaves it. */
export function publicSuffixesModule(): string {
  const all = icannRules();
  const selected = selectRules(all);
  const groups = tableGroups(selected);
  return [
    `// Generated by scripts/public-suffixes.ts (\`npm run docs\`): do not edit; that script says what is kept and why.`,
    `// The Public Suffix List as ${listVersion()} ships it: ${selected.length} of its ${all.length} ICANN rules, in ${groups.length} top-level domains.`,
    `// One string per TLD: the TLD, then its rules without it, in the list's syntax ("*" any one label, "!" an`,
    `// exception). Read by registrable.ts.`,
    `export const PUBLIC_SUFFIXES = [`,
    ...groups.map((g) => `  ${JSON.stringify(g)},`),
    `];`,
    ``,
  ].join("\n");
}
