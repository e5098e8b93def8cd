import { fold } from "../text/fold";
import { matchPhrases, tokenize, type Words } from "../text/words";
import type { Rule } from "../rule";
import type { Location } from "../types";
import { trimEndWhere } from "../text/trim";

/** Words that follow "mot de passe :" in prose, not secrets. */
const PROSE =
  /^(oublie|oubliee|perdu|expire|expiree|change|changee|modifie|reinitialise|personnel|personnelle|strictement|provisoire|temporaire|voir|cf|ci-dessous|ci-dessus|envoye|communique|identique|forgotten|expired|changed|reset|personal|see|below|above|sent|same|required|obligatoire|minimum|caracteres|characters|aucun|none|n\/a|inchange|unchanged)$/;
/** A secret given as a value: after ":" / "=" any token of 4+ characters; after "est" / "is", one that looks like a secret. */
// Each optional part brings its own spaces after it: two `\s*` side by side would backtrack quadratically.
const AFTER_COLON =
  /^\s*(?:(?:provisoire|temporaire|temporary|initial)\s*)?[:=]\s*(?:["'«“]\s*)?([^\s"'»”]{4,})/;
const AFTER_VERB =
  /^\s*(?:provisoire |temporaire |temporary )?(?:est|is)(?=[\s:])\s*(?::\s*)?(?:["'«“]\s*)?([^\s"'»”]{4,})/;
/** A plain word, once folded: "celui", "transmis", "demandez-le". */
const PLAIN_WORD = /^[a-z]+(?:['-][a-z]+)*$/;
/** Another word right after the value, on the same line: the value was the start of a sentence. */
const WORD_FOLLOWS = /^[ \t\u00a0]+[A-Za-z\u00C0-\u017F]/;
/** Nothing but closing quotes or punctuation up to the end of the line. */
const LINE_ENDS = /^[ \t\u00a0"'»”.,;!?)]*(?:\n|$)/;

/** Words that, shortly before "PIN", mean a meeting's dial-in code. */
const CONFERENCE =
  /\b(dial|dial-in|join|meet|meeting|conference|conference call|teleconference|visio|visioconference|audio|phone|telephone|tel|numero d'appel|composez|rejoindre|reunion teams|teams)\b/;

/** "Xy7!kLm" → "X******": the finding never repeats the secret. */
export function maskSecret(secret: string): string {
  return secret.charAt(0) + new Array(Math.min(secret.length, 12)).join("*");
}

/**
 * A digit, a symbol or a capital after the first character. Hyphens and apostrophes inside a word are
 * not symbols ("case-sensitive", "auto-généré"), and a word all in capitals is emphasis ("CONFIDENTIEL").
 */
function looksSecret(token: string): boolean {
  const t = token.replace(/([A-Za-z\u00C0-\u017F])['’-](?=[A-Za-z\u00C0-\u017F])/g, "$1");
  return (
    /[0-9]/.test(t) ||
    /[^A-Za-z0-9\u00C0-\u017F]/.test(t) ||
    (/[A-Z]/.test(t.slice(1)) && t !== t.toUpperCase())
  );
}

/**
 * Prose after "mot de passe :" rather than a value: a plain word that goes on into a sentence on the same
 * line ("celui de votre session Windows", "transmis par téléphone"), unless put in quotes or followed by
 * punctuation ("azerty, à changer"); or a link (to a vault, a reset page).
 */
function proseAfterColon(found: RegExpExecArray, rest: string): boolean {
  const token = found[1];
  const opener = found[0].slice(0, found[0].length - token.length);
  if (/^(?:https?:\/\/|www\.)/i.test(token)) return true;
  if (/["'«“]\s*$/.test(opener)) return false;
  return PLAIN_WORD.test(fold(token)) && !/[A-Z]/.test(token.slice(1)) && WORD_FOLLOWS.test(rest);
}

const SUBJECT = { fr: "L'objet", en: "The subject" };

export const credentialInBody: Rule = {
  meta: {
    id: "credential-in-body",
    severity: "error",
    guide: {
      fr: "Guide §4 — « Ne jamais partager votre mot de passe »",
      en: "Guide §4 — “Never share your password”",
    },
    description: {
      fr: "Un mot de passe, un code PIN ou une phrase secrète écrit en clair dans l'objet ou le message.",
      en: "A password, PIN code or passphrase written in clear in the subject or the message.",
    },
    why: {
      fr: "Un message se copie, se transfère et s'archive : un mot de passe qui y figure n'est plus secret. Transmettez-le par un autre canal (téléphone, SMS, coffre-fort de mots de passe) et faites-le changer à la première connexion.",
      en: "Mail is copied, forwarded and archived: a password in it is no longer secret. Send it another way (phone, text message, password vault) and have it changed at first login.",
    },
    fixes: [],
    messages: {
      secret: {
        fr: "{{where}} contient un secret en clair (« {{keyword}} {{masked}} ») : transmettez-le par un autre canal.",
        en: "{{where}} contains a secret in clear (“{{keyword}} {{masked}}”): send it another way.",
      },
    },
  },
  check(context) {
    const { draft, body, keywords } = context;
    const places: {
      /** read only around a keyword: most mail has none */
      text: () => string;
      /** the words of `text` */
      tokens: () => Words;
      where: { fr: string; en: string };
      location: (s: number, e: number) => Location;
    }[] = [
      {
        text: () => draft.subject || "",
        tokens: () => tokenize(draft.subject || ""),
        where: SUBJECT,
        location: (start, end) => ({ part: "subject", start, end }),
      },
      {
        text: () => body.textIn(["new"]),
        tokens: () => body.wordsIn(["new"]),
        where: { fr: "Le message", en: "The message" },
        location: (start, end) => ({ part: "body", zone: "new", start, end }),
      },
    ];
    for (const place of places) {
      for (const m of matchPhrases(place.tokens(), keywords.credential)) {
        const text = place.text();
        const after = text.slice(m.end, m.end + 120);
        const colon = AFTER_COLON.exec(after);
        const verb = colon ? null : AFTER_VERB.exec(after);
        const found = colon || verb;
        if (!found) continue;
        // A conference PIN ("Or dial: +33 1 23 45 67 89 PIN: 4981006#") is shared with every guest by design.
        if (CONFERENCE.test(fold(text.slice(Math.max(0, m.start - 120), m.start)))) continue;
        const secret = trimEndWhere(found[1], (c) => /[.,;!?)]/.test(c));
        if (secret.length < 4 || PROSE.test(fold(secret)) || /^[*•x.]+$/i.test(secret)) continue;
        const rest = after.slice(found[0].length);
        // A value on a later line stands alone there (a table cell), not at the start of a paragraph.
        if (/\n/.test(found[0]) && !LINE_ENDS.test(rest)) continue;
        if (colon && proseAfterColon(colon, rest)) continue;
        // Subjects read "Mot de passe : rappel": there, even after ":", only a token that looks secret counts.
        if ((verb || place.where === SUBJECT) && !looksSecret(secret)) continue;
        const start = m.end + found[0].length - found[1].length;
        context.report({
          messageId: "secret",
          data: { where: place.where, keyword: text.slice(m.start, m.end), masked: maskSecret(secret) },
          location: place.location(start, start + secret.length),
        });
        return;
      }
    }
  },
};
