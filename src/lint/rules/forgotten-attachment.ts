import type { Rule } from "../rule";
import { matchPhrases } from "../text/words";

/** How many words before an announcement a negation still applies (within one clause). */
const NEGATION_REACH = 3;
/**
 * Another's possessive marks someone else's file only right before the announcement ("votre pièce
 * jointe", "your attachment"); further away it qualifies another noun ("votre attestation ci-jointe").
 */
const POSSESSIVES = [
  "votre",
  "vos",
  "ta",
  "tes",
  "sa",
  "ses",
  "leur",
  "leurs",
  "your",
  "his",
  "her",
  "their",
];
/** Punctuation or a line break between a negation and an announcement ends the negation's reach. */
const CLAUSE_BREAK = /[.,;:!?()\n]/;

export const forgottenAttachment: Rule = {
  meta: {
    id: "forgotten-attachment",
    severity: "warning",
    guide: {
      fr: "Guide §8 — usage de la messagerie : joindre ce que l'on annonce",
      en: "Guide §8 — use of email: attach what you announce",
    },
    description: {
      fr: "Le texte annonce une pièce jointe (« ci-joint », « attached »…) mais aucune n'est jointe.",
      en: "The text announces an attachment (“ci-joint”, “attached”…) but none is attached.",
    },
    why: {
      fr: "Un message annoncé « ci-joint » sans la pièce oblige à un second envoi et encombre les boîtes de chacun.",
      en: "A message that says “attached” without the file forces a second send and clutters everyone's mailbox.",
    },
    fixes: [],
    messages: {
      missing: {
        fr: "Le message annonce une pièce jointe (« {{phrase}} ») mais aucune n'est jointe.",
        en: "The message announces an attachment (“{{phrase}}”) but none is attached.",
      },
    },
  },
  check(context) {
    const { draft, body, keywords } = context;
    if ((draft.attachments || []).some((a) => !a.inline)) return;
    const tokens = body.tokensIn(["new"]);
    const negations = matchPhrases(tokens, keywords.negation);
    // Negations and announcements both come in text order: only the negations ending in the few words
    // before an announcement can apply to it, and a pointer finds them (a scan of all of them for each
    // announcement was quadratic in a body repeating "pas de pièce jointe").
    let first = 0;
    for (const m of matchPhrases(tokens, keywords["attachment-announce"])) {
      while (
        first < negations.length &&
        negations[first].token + negations[first].length < m.token - NEGATION_REACH
      )
        first++;
      let negated = false;
      for (let k = first; k < negations.length && !negated; k++) {
        const n = negations[k];
        const gap = m.token - (n.token + n.length);
        if (gap < 0) break;
        const reach = POSSESSIVES.indexOf(n.phrase) >= 0 ? 0 : NEGATION_REACH;
        negated = gap <= reach && !CLAUSE_BREAK.test(body.text.slice(n.end, m.start));
      }
      if (negated) continue;
      context.report({
        messageId: "missing",
        data: { phrase: body.text.slice(m.start, m.end) },
        location: { part: "body", zone: "new", start: m.start, end: m.end },
      });
      return;
    }
  },
};
