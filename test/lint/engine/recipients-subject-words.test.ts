import { classifyRecipients, registrableDomain } from "../../../src/lint/recipients";
import { analyzeSubject, collapsePrefixes } from "../../../src/lint/subject";
import { fold } from "../../../src/lint/text/fold";
import { compilePhrases, expandVariants, matchPhrases, tokenize } from "../../../src/lint/text/words";

describe("recipients", () => {
  const classify = (from: string, to: string[], internalDomains: string[] = [], bcc: string[] = []) =>
    classifyRecipients(
      {
        from: { address: from },
        to: to.map((address) => ({ address })),
        bcc: bcc.map((address) => ({ address })),
        subject: "",
      },
      { internalDomains, personalDomains: ["perso.example"] },
    );

  it.each([
    [
      "the sender's registrable domain is internal, with its subdomains",
      "j@ville-lyon.fr",
      "a@rh.ville-lyon.fr",
      [],
      true,
    ],
    [
      "a sender on a subdomain makes the whole organisation internal",
      "j@rh.ville-lyon.fr",
      "a@ville-lyon.fr",
      [],
      true,
    ],
    ["a look-alike suffix is external", "j@ville-lyon.fr", "a@grandville-lyon.fr", [], false],
    [
      "public-suffix aware: two gouv.fr ministries are different organisations",
      "j@interieur.gouv.fr",
      "a@justice.gouv.fr",
      [],
      false,
    ],
    [
      "policy internal domains and their subdomains",
      "j@ville-lyon.fr",
      "a@dsi.grandlyon.com",
      ["grandlyon.com"],
      true,
    ],
    [
      "a webmail domain is never internal, even for a sender writing from it",
      "j@gmail.com",
      "a@gmail.com",
      [],
      false,
    ],
    ["addresses compare case-insensitively", "j@Ville-Lyon.FR", "A@VILLE-LYON.fr", [], true],
  ])("%s", (_why, from, to, internal, expected) => {
    expect(classify(from, [to], internal).all[0].internal).toBe(expected);
  });

  it("counts duplicates once, ignores the sender, separates visible from Bcc, flags webmail", () => {
    const r = classify(
      "me@org.fr",
      ["A@x.fr", "a@X.fr", "ME@org.fr", "b@gmail.com"],
      [],
      ["c@perso.example"],
    );
    expect(r.visible.map((x) => x.key)).toEqual(["a@x.fr", "b@gmail.com"]);
    expect(r.all.map((x) => [x.key, x.field, x.webmail])).toEqual([
      ["a@x.fr", "to", false],
      ["b@gmail.com", "to", true],
      ["c@perso.example", "bcc", true],
    ]);
  });

  it("finds registrable domains with the public suffix list", () => {
    expect(registrableDomain("rh.ville-lyon.fr")).toBe("ville-lyon.fr");
    expect(registrableDomain("a.b.univ-paris.ac.uk")).toBe("univ-paris.ac.uk");
  });
});

describe("subject core", () => {
  it.each([
    ["RE: RE: TR: Budget", "Budget", ["RE", "RE", "TR"]],
    ["[EXT] RE: Budget", "Budget", ["RE"]],
    ["Fwd: FW:   Plan", "Plan", ["FWD", "FW"]],
    ["AW: WG: Termin", "Termin", ["AW", "WG"]],
    ["RE[2]: Suite", "Suite", ["RE"]],
    ["[Projet X] Budget", "[Projet X] Budget", []],
    ["Réunion: ordre du jour", "Réunion: ordre du jour", []],
    ["RE:", "", ["RE"]],
  ])("%p → core %p", (raw, core, prefixes) => {
    const info = analyzeSubject(raw);
    expect([info.core, info.prefixes]).toEqual([core, prefixes]);
    expect(raw.slice(info.coreStart, info.coreStart + core.length)).toBe(core);
  });

  it("tells replies from forwards and collapses stacked prefixes", () => {
    expect(analyzeSubject("TR: RE: x")).toMatchObject({ forward: true, reply: false });
    expect(analyzeSubject("Re: x")).toMatchObject({ forward: false, reply: true });
    expect(collapsePrefixes("RE: RE: TR: Budget")).toBe("RE: Budget");
  });
});

describe("words", () => {
  it("folds case and accents without moving offsets", () => {
    expect(fold("Arrêt MALADIE, œuvre’s")).toBe("arret maladie, œuvre's");
    expect(fold("Ça").length).toBe(2);
  });

  it("splits file names on _ - . and digits", () => {
    expect(tokenize("arret_maladie_2026.pdf", { fileName: true }).toArray()).toEqual([
      "arret",
      "maladie",
      "pdf",
    ]);
    expect(tokenize("l'inventaire 2026").toArray()).toEqual(["l", "inventaire", "2026"]);
  });

  it("expands optional endings", () => {
    expect(expandVariants("pièce(s) jointe(s)").sort()).toEqual([
      "pièce jointe",
      "pièce jointes",
      "pièces jointe",
      "pièces jointes",
    ]);
  });

  it("matches whole words, ignoring case and accents, longest first", () => {
    const set = compilePhrases(["arrêt maladie", "arrêt", "RIB"]);
    const text = "Votre ARRET MALADIE et une ribambelle d'arrêts, mon RIB.";
    expect(matchPhrases(tokenize(text), set).map((m) => text.slice(m.start, m.end))).toEqual([
      "ARRET MALADIE",
      "RIB",
    ]);
  });
});
