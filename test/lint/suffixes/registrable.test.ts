// registrableDomain: the part of a mail domain one organisation owns, from the engine's compact public-suffix
// table. Checked on chosen cases, then against the full list (tldts, ICANN section) on the shared corpus's
// domains and on every rule of the table; the differences the selection makes are listed as accepted.
import * as fs from "fs";
import * as path from "path";
import { getDomain } from "tldts";
import { icannRules, selectRules } from "../../../scripts/public-suffixes";
import { emlToDraft } from "../../../src/cli/eml-to-draft";
import { domainOf, registrableDomain } from "../../../src/lint/recipients";

const CORPUS = path.resolve(__dirname, "../../../../shared/corpus/eml");

/** The full list's answer, ICANN section: what the table must give wherever it keeps the rules. */
const fullList = (domain: string) => getDomain(domain, { allowPrivateDomains: false }) || domain;

const CASES: [domain: string, expected: string, why: string][] = [
  ["education.gouv.fr", "education.gouv.fr", "a ministry under gouv.fr is an organisation of its own"],
  ["dgfip.finances.gouv.fr", "finances.gouv.fr", "a ministry's directorate belongs to the ministry"],
  ["prefectures-regions.gouv.fr", "prefectures-regions.gouv.fr", "a hyphenated name under gouv.fr"],
  ["gouv.fr", "gouv.fr", "a public suffix alone comes back unchanged"],
  ["contact.amicale-laique.asso.fr", "amicale-laique.asso.fr", "asso.fr: each association is its own"],
  ["paris.cci.fr", "paris.cci.fr", "cci.fr: each chamber of commerce is its own"],
  ["rh.ville-lyon.fr", "ville-lyon.fr", "a plain .fr domain, under a department's subdomain"],
  ["ville-lyon.fr", "ville-lyon.fr", "a plain .fr domain"],
  ["a.b.c.metropole-exemple.fr", "metropole-exemple.fr", "several subdomains deep"],
  ["mail.cabinet-conseil.com", "cabinet-conseil.com", "a plain .com domain"],
  ["gmail.com", "gmail.com", "a webmail domain"],
  ["partner.co.uk", "partner.co.uk", "co.uk: companies in the UK"],
  ["a.b.univ-paris.ac.uk", "univ-paris.ac.uk", "ac.uk: a university, under two subdomains"],
  ["leedsth.nhs.uk", "leedsth.nhs.uk", "nhs.uk: each NHS trust is its own"],
  ["met.police.uk", "met.police.uk", "police.uk: each police force is its own"],
  ["office.stmarys.lancs.sch.uk", "stmarys.lancs.sch.uk", "*.sch.uk: a school under its county"],
  ["mail.exemple.com.au", "exemple.com.au", "com.au: Australian companies"],
  ["x.education.nsw.edu.au", "education.nsw.edu.au", "nsw.edu.au: a rule under a kept generic rule"],
  ["fazenda.sp.gov.br", "fazenda.sp.gov.br", "sp.gov.br: a Brazilian state's government"],
  ["mairie.gouv.ci", "mairie.gouv.ci", "gouv.ci: French-speaking countries' gouv"],
  ["agency.go.jp", "agency.go.jp", "go.jp: Japanese government"],
  ["x.gov.np", "x.gov.np", "*.np: every second-level label is a suffix there"],
  ["www.ck", "www.ck", "!www.ck: the exception to *.ck"],
  ["mail.www.ck", "www.ck", "!www.ck, under a subdomain"],
  ["intranet.exemple.zz", "exemple.zz", "an unknown top-level domain: its last label is the suffix"],
  ["a.b.exemple.museum", "exemple.museum", "a TLD the table has no rule for: the default rule"],
  ["RH.Ville-Lyon.FR", "ville-lyon.fr", "upper case: as tldts, the answer is in lower case"],
  ["rh.ville-lyon.fr.", "ville-lyon.fr", "a trailing dot: dropped, as tldts does"],
  ["GOUV.FR", "GOUV.FR", "a public suffix alone comes back unchanged, case included"],
  ["rh.xn--lyse-bsab.fr", "xn--lyse-bsab.fr", "an IDN label in punycode (élysée)"],
  ["rh.élysée.fr", "élysée.fr", "an IDN label in Unicode"],
  ["rh.exemple.xn--p1ai", "exemple.xn--p1ai", "an IDN top-level domain (.рф) in punycode"],
  ["gestion_paie.exemple.fr", "exemple.fr", "an underscore, which tldts accepts in a label"],
  ["localhost", "localhost", "a single label"],
  ["", "", "no domain at all"],
  ["192.0.2.1", "192.0.2.1", "an IPv4 address is no domain to split"],
  ["[192.0.2.1]", "[192.0.2.1]", "an address literal (user@[192.0.2.1])"],
  ["a..exemple.fr", "a..exemple.fr", "an empty label: no host name"],
  ["-rh.exemple.fr", "-rh.exemple.fr", "a label starting with a hyphen: no host name"],
  ["rh exemple.fr", "rh exemple.fr", "a space: no host name"],
  [".exemple.fr", ".exemple.fr", "accepted: a leading dot is no host name (tldts drops it)"],
  ["exemple.fr:25", "exemple.fr:25", "accepted: a domain, not a URL with a port (tldts parses URLs)"],
  ["x.biz.pl", "biz.pl", "accepted: biz.pl is a descriptive category, left out of the table"],
  [
    "blkpoohba.dyndns.org",
    "dyndns.org",
    "a private-section suffix (dynamic DNS) is none, as in the ICANN section: the one domain of the corpus " +
      "whose answer changed when the engine left tldts (allowPrivateDomains: true)",
  ],
];

describe("registrableDomain", () => {
  it.each(CASES)("%s → %s (%s)", (domain, expected, why) => {
    expect(registrableDomain(domain)).toBe(expected);
    // The same answer as the full list, but where the case says it is an accepted difference.
    if (!why.startsWith("accepted")) expect(fullList(domain)).toBe(expected);
  });
});

describe("registrableDomain against the full list (tldts, ICANN section)", () => {
  const all = icannRules();
  const kept = selectRules(all);

  it("agrees on every address domain of the shared corpus", async () => {
    const names = fs.readdirSync(CORPUS).filter((n) => /\.eml$/i.test(n));
    expect(names.length).toBeGreaterThan(100);
    const domains = new Set<string>();
    for (const name of names) {
      const draft = await emlToDraft(new Uint8Array(fs.readFileSync(path.join(CORPUS, name)))).catch(
        () => undefined,
      );
      if (!draft) continue;
      for (const a of [draft.from, ...(draft.to || []), ...(draft.cc || []), ...(draft.bcc || [])])
        if (a && a.address) domains.add(domainOf(a.address));
    }
    expect(domains.size).toBeGreaterThan(50);
    const differ = Array.from(domains).filter((d) => registrableDomain(d) !== fullList(d));
    expect(differ).toEqual([]);
  }, 60_000);

  it("agrees on every rule of the table, alone and under a subdomain", () => {
    const differ: string[] = [];
    for (const rule of kept) {
      const bare = rule.replace(/^!/, "").replace("*", "y");
      for (const domain of [bare, "x." + bare, "a.b." + bare])
        if (registrableDomain(domain) !== fullList(domain))
          differ.push(`${domain}: ${registrableDomain(domain)}, list ${fullList(domain)}`);
    }
    expect(kept.length).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  });

  /**
   * The accepted differences: a rule the table leaves out makes its domains one level shorter, down to the
   * nearest kept rule or to the default rule "*". Examples of each kind, then every two-label rule left out.
   */
  const ACCEPTED: [domain: string, ours: string, fullList: string, why: string][] = [
    ["x.biz.pl", "biz.pl", "x.biz.pl", "descriptive categories (biz, info, name, pro, tv, web…)"],
    ["x.info.ve", "info.ve", "x.info.ve", "descriptive categories"],
    ["x.oslo.no", "oslo.no", "x.oslo.no", "place names: Norwegian municipalities"],
    ["x.milano.it", "milano.it", "x.milano.it", "place names: Italian provinces and regions"],
    ["x.k12.ca.us", "ca.us", "x.k12.ca.us", "place names: US states (ca.us) and what lies under them"],
    ["x.y.kawasaki.jp", "kawasaki.jp", "x.y.kawasaki.jp", "place names: Japanese cities' wildcards"],
    ["x.city.kobe.jp", "kobe.jp", "city.kobe.jp", "and their exceptions"],
    ["x.公司.cn", "公司.cn", "x.公司.cn", "IDN second-level labels (company, in Chinese)"],
    ["x.xn--55qx5d.cn", "xn--55qx5d.cn", "x.xn--55qx5d.cn", "the same, in punycode"],
  ];

  it.each(ACCEPTED)("accepted: %s → %s, the full list %s (%s)", (domain, ours, list) => {
    expect(registrableDomain(domain)).toBe(ours);
    expect(fullList(domain)).toBe(list);
  });

  it("every two-label ICANN rule left out: its subdomains become one organisation, the rule's domain", () => {
    const left = all.filter((r) => !kept.includes(r) && /^[^*!.]+\.[^.]+$/.test(r));
    expect(left.length).toBeGreaterThan(1000);
    const unexpected = left.filter(
      (rule) => registrableDomain("x." + rule) !== rule || fullList("x." + rule) !== "x." + rule,
    );
    expect(unexpected).toEqual([]);
  });
});
