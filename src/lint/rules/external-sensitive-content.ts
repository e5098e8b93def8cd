import { findIdentifiers, type Detection, type IdentifierKind } from "../detectors";
import { localList } from "../i18n";
import type { KeywordCategory, KeywordSets } from "../keywords";
import type { Rule, RuleContext } from "../rule";
import { matchPhrasesMany, tokenize, type PhraseSet, type Words } from "../text/words";
import type { Location, LocalText, Severity } from "../types";
import { dict } from "../text/dict";

type Category = "identifier" | "health" | "special-category" | "hr" | "bank" | "marking";
type Place = "subject" | "body" | "attachment";

const SEVERITY: { [c in Category]: Severity } = {
  identifier: "error",
  health: "error",
  "special-category": "error",
  hr: "warning",
  bank: "warning",
  marking: "warning",
};

const KEYWORD_CATEGORIES: (KeywordCategory & Category)[] = [
  "health",
  "special-category",
  "hr",
  "bank",
  "marking",
];

const PLACES: { [p in Place]: LocalText } = {
  subject: { fr: "l'objet", en: "the subject" },
  body: { fr: "le corps du message", en: "the body" },
  attachment: { fr: "le nom d'une pièce jointe", en: "an attachment name" },
};

const KINDS: { [k in IdentifierKind]: LocalText } = {
  nir: { fr: "un numéro de sécurité sociale", en: "a social security number" },
  iban: { fr: "un IBAN", en: "an IBAN" },
  card: { fr: "un numéro de carte bancaire", en: "a payment card number" },
  passport: { fr: "un numéro de passeport", en: "a passport number" },
  "id-card": { fr: "un numéro de carte d'identité", en: "an identity card number" },
};

interface Hit {
  category: Category;
  place: Place;
  /** what to show: the keyword as written, or the masked identifier */
  what: LocalText;
  location: Location;
}

export const externalSensitiveContent: Rule = {
  meta: {
    id: "external-sensitive-content",
    severity: "error",
    guide: {
      fr: "Guide §7 — « Partage minimal : limitez la diffusion des informations sensibles, chiffrez si nécessaire »",
      en: "Guide §7 — “Minimal sharing: limit the spread of sensitive information, encrypt where needed”",
    },
    description: {
      fr: "Des données sensibles (santé, RH, identifiants, coordonnées bancaires, mentions « confidentiel ») envoyées à l'extérieur.",
      en: "Sensitive data (health, HR, identifiers, bank details, “confidential” markings) sent outside the organisation.",
    },
    why: {
      fr: "Une fois partie, une information ne se rappelle pas. Les données de santé et les autres catégories particulières du RGPD (art. 9) ne doivent sortir qu'avec une raison et une protection : retirez les destinataires externes, ou chiffrez et appliquez une étiquette de confidentialité.",
      en: "Once sent, information cannot be called back. Health data and the GDPR's other special categories (art. 9) should only leave with a reason and protection: remove the external recipients, or encrypt and apply a sensitivity label.",
    },
    fixes: ["remove-recipients"],
    messages: {
      identifier: {
        fr: "{{what}} figure dans {{where}} et le message part vers l'extérieur ({{recipients}}).",
        en: "{{what}} appears in {{where}} and the message goes outside ({{recipients}}).",
      },
      health: {
        fr: "Donnée de santé (« {{what}} ») dans {{where}}, envoyée à l'extérieur ({{recipients}}).",
        en: "Health data (“{{what}}”) in {{where}}, sent outside ({{recipients}}).",
      },
      "special-category": {
        fr: "Donnée sensible au sens du RGPD (« {{what}} ») dans {{where}}, envoyée à l'extérieur ({{recipients}}).",
        en: "Special-category data under the GDPR (“{{what}}”) in {{where}}, sent outside ({{recipients}}).",
      },
      hr: {
        fr: "Information RH (« {{what}} ») dans {{where}}, envoyée à l'extérieur ({{recipients}}).",
        en: "HR information (“{{what}}”) in {{where}}, sent outside ({{recipients}}).",
      },
      bank: {
        fr: "Coordonnées bancaires ({{what}}) dans {{where}}, envoyées à l'extérieur ({{recipients}}).",
        en: "Bank details ({{what}}) in {{where}}, sent outside ({{recipients}}).",
      },
      marking: {
        fr: "Message marqué « {{what}} » ({{where}}) mais envoyé à l'extérieur ({{recipients}}).",
        en: "Message marked “{{what}}” ({{where}}) but sent outside ({{recipients}}).",
      },
    },
  },
  check(context) {
    const external = context.recipients.external;
    if (external.length === 0) return;
    const hits = collectHits(context);
    const seen = dict<boolean>();
    const addresses = external.map((r) => r.address);
    for (const hit of hits) {
      if (seen[hit.category]) continue;
      seen[hit.category] = true;
      const places: Place[] = [];
      for (const h of hits)
        if (h.category === hit.category && places.indexOf(h.place) < 0) places.push(h.place);
      const where = places.map((p) => PLACES[p]);
      context.report({
        messageId: hit.category,
        severity: SEVERITY[hit.category],
        data: {
          what: hit.what,
          where: { fr: localList(where.map((w) => w.fr)).fr, en: localList(where.map((w) => w.en)).en },
          recipients: localList(addresses),
        },
        location: hit.location,
        fixes: [{ kind: "remove-recipients", addresses }],
      });
    }
  },
};

/** The keyword categories' phrase sets, in KEYWORD_CATEGORIES order, per compiled keyword sets. */
const setsFor = new WeakMap<KeywordSets, PhraseSet[]>();

const always = () => true;

/** Every sensitive item, in reading order: subject, body, attachment names. */
function collectHits(context: RuleContext): Hit[] {
  const { body, draft, keywords } = context;
  const hits: Hit[] = [];
  const identifierHits = (found: Detection[], place: Place, location: (d: Detection) => Location) => {
    for (const d of found) {
      const kind = KINDS[d.kind];
      const what = { fr: `${kind.fr} (${d.masked})`, en: `${kind.en} (${d.masked})` };
      const category: Category = d.kind === "iban" ? "bank" : "identifier";
      const shown = category === "bank" ? { fr: `IBAN ${d.masked}`, en: `IBAN ${d.masked}` } : what;
      hits.push({ category, place, what: shown, location: location(d) });
    }
  };
  const keywordHits = (
    tokens: Words,
    text: string,
    place: Place,
    /** whether a marking at this offset counts */
    marking: (start: number) => boolean,
    location: (s: number, e: number) => Location,
  ) => {
    // One pass over the words for all categories (a body has a great many words).
    let sets = setsFor.get(keywords);
    if (sets === undefined) {
      sets = KEYWORD_CATEGORIES.map((c) => keywords[c]);
      setsFor.set(keywords, sets);
    }
    const matches = matchPhrasesMany(tokens, sets);
    for (let c = 0; c < KEYWORD_CATEGORIES.length; c++) {
      const category = KEYWORD_CATEGORIES[c];
      for (const m of matches[c]) {
        if (category === "marking" && !marking(m.start)) continue;
        const written = text.slice(m.start, m.end);
        hits.push({
          category,
          place,
          what: { fr: written, en: written },
          location: location(m.start, m.end),
        });
      }
    }
  };

  const subject = draft.subject || "";
  identifierHits(findIdentifiers(subject), "subject", (d) => ({
    part: "subject",
    start: d.start,
    end: d.end,
  }));
  keywordHits(tokenize(subject), subject, "subject", always, (start, end) => ({
    part: "subject",
    start,
    end,
  }));

  identifierHits(context.bodyIdentifiers(), "body", (d) => ({
    part: "body",
    zone: body.zoneAt(d.start),
    start: d.start,
    end: d.end,
  }));
  // Quoted history counts (forwarding an HR thread outside is the classic leak), but a marking there or
  // in a signature is boilerplate: markings are read in the new text only.
  const location = (start: number, end: number): Location => ({
    part: "body",
    zone: body.zoneAt(start),
    start,
    end,
  });
  keywordHits(body.tokens(), body.text, "body", (start) => body.zoneAt(start) === "new", location);

  for (const a of draft.attachments || []) {
    const loc = (): Location => ({ part: "attachments", names: [a.name] });
    identifierHits(findIdentifiers(a.name), "attachment", loc);
    keywordHits(tokenize(a.name, { fileName: true }), a.name, "attachment", always, loc);
  }
  return hits;
}
