// The big inputs, one explicit case each: a 10 MB body (HTML, and plain text made to stress the digit
// scanners), 10,000 levels of nested tags, 5,000 recipients. lint must finish and not throw; the smaller
// ones must also give the same findings twice (the 10 MB bodies run once: a second run doubles the time
// and determinism is a property of lint-properties.test.ts).
import { applyFix, lint, type Address, type Draft } from "../../src/lint";

const NOW = Date.parse("2026-11-24T10:00:00+01:00");
const MB = 1024 * 1024;
const FROM: Address = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };
const base = (overrides: Partial<Draft>): Draft => ({
  from: FROM,
  to: [{ address: "paul.durand@ville-exemple.fr" }],
  subject: "Budget 2027 : validation",
  timeZone: "Europe/Paris",
  ...overrides,
});

/** Repeats `chunk` until the result holds at least `size` UTF-16 units. */
const fill = (chunk: string, size: number) => chunk.repeat(Math.ceil(size / chunk.length));

// A varied chunk: prose with keywords, identifiers, images with and without alt, links, quoted history,
// broken markup — every rule has something to read in it.
const CHUNK = [
  "<p>Bonjour Paul, ci-joint le tableau. Merci de cliquer <a href='https://x.fr/a'>ici</a>.</p>",
  "<div>Mot de passe : Xy7!kLm2 — carte 4111 1111 1111 1111, NIR 1 84 12 75 123 456 78,",
  " IBAN FR76 3000 6000 0112 3456 7890 189, passeport 12AB34567.</div>",
  '<img src="cid:image001.png@01D"><img alt="IMG_2041.JPG" src=x.png width=640>',
  "<p>URGENT : MERCI DE RÉPONDRE AVANT CE SOIR À TOUS LES SERVICES</p>",
  "<b><i>non fermé <span>arrêt maladie, RQTH, casier judiciaire",
  "<!-- commentaire --><![CDATA[ x ]]>&amp;&#x1F600;&bogus;😀 مرحبا \u202e",
  '<blockquote type="cite">De : Paul<br>Envoyé : lundi<br>Objet : RE: budget<br>texte cité</blockquote>',
  "\n",
].join("");

describe("big inputs", () => {
  it("lints a 10 MB HTML body of mixed content", () => {
    const html = fill(CHUNK, 10 * MB);
    expect(html.length).toBeGreaterThanOrEqual(10 * MB);
    const draft = base({ body: { html }, composeType: "reply" });
    const findings = lint(draft, { now: NOW });
    // The first quoted header block makes the rest history: the findings come from the first chunk.
    expect(findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(["credential-in-body", "image-missing-alt"]),
    );
  }, 60000);

  it("lints a 10 MB plain-text body of digit groups (millions of '1 ', a stack-overflow trap)", () => {
    const draft = base({ body: { text: fill("1 ", 10 * MB) } });
    expect(() => lint(draft, { now: NOW })).not.toThrow();
  }, 60000);

  it("lints 10 MB of one word, of line breaks, of '<'", () => {
    const bodies: Draft["body"][] = [
      { text: fill("a", 10 * MB) },
      { text: fill("\n", 10 * MB) },
      { html: fill("<", 10 * MB) },
    ];
    for (const body of bodies) {
      expect(() => lint(base({ body }), { now: NOW })).not.toThrow();
    }
  }, 60000);

  it("lints 10,000 levels of nested tags, closed or not, twice alike", () => {
    const nest = (open: string, close: string, levels: number, inner = "texte") =>
      open.repeat(levels) + inner + close.repeat(levels);
    const bodies = [
      nest("<div>", "</div>", 10000),
      nest("<b>", "", 10000),
      nest('<blockquote type="cite">', "</blockquote>", 10000, "Merci !"),
      nest('<a href="https://x.fr">', "", 10000, "ici"),
      nest("<div><span><p><blockquote type=cite><a href=x>", "</a></blockquote></p></span></div>", 2000),
      nest("<table><tr><td>", "", 3334, '<img src="a.png">'),
    ];
    for (const html of bodies) {
      const draft = base({ body: { html }, composeType: "reply" });
      expect(lint(draft, { now: NOW })).toEqual(lint(draft, { now: NOW }));
    }
  }, 60000);

  it("lints 5,000 recipients and moves them to Bcc without losing one", () => {
    const domains = ["gmail.com", "gmial.com", "partner.com", "ville-exemple.fr", "montpelier.fr", "x"];
    const people = (field: string, n: number): Address[] =>
      Array.from({ length: n }, (_, i) => ({
        name: `Personne ${field} ${i}`,
        address: `${field}.${i}@${domains[i % domains.length]}`,
      }));
    const draft = base({
      to: people("to", 3000),
      cc: people("cc", 1500),
      bcc: people("bcc", 500),
      composeType: "reply",
      body: { text: "Merci !" },
    });
    const findings = lint(draft, { now: NOW });
    expect(lint(draft, { now: NOW })).toEqual(findings);
    const bulk = findings.find((f) => f.ruleId === "bulk-without-bcc");
    const move = bulk && bulk.fixes.find((f) => f.kind === "move-to-bcc");
    expect(move).toBeDefined();
    if (!move) return;
    const fixed = applyFix(draft, move);
    const count = (d: Draft) => d.to.length + (d.cc || []).length + (d.bcc || []).length;
    // Every recipient is still there; the sender was added to To.
    expect(count(fixed)).toBe(count(draft) + 1);
    expect(fixed.to[0]).toEqual(FROM);
  }, 60000);
});
