import { findIdentifiers } from "../detectors";
import { isShouting } from "../text/case";
import { matchPhrases, tokenize } from "../text/words";
import type { Rule, RuleContext } from "../rule";
import { trimEndWhere } from "../text/trim";

const isSpace = (c: string) => /\s/.test(c);

/** Builds a subject from the first sentence of the new text that is not a greeting. */
export function suggestSubject(context: RuleContext): string | undefined {
  const { body, keywords } = context;
  for (const p of body.paragraphs) {
    if (p.zone !== "new") continue;
    const tokens = body.wordsBetween(p.start, p.end);
    if (tokens.length < 3) continue;
    const greeting = matchPhrases(tokens, keywords.acknowledgement).reduce((n, m) => n + m.length, 0);
    if (greeting === tokens.length) continue;
    const line = body.text.slice(p.start, p.end).trim();
    // A salutation line ("Bonjour Paul et Léa,", "Dear all,") says nothing about the topic.
    if (/,$/.test(line) && tokens.length <= 6) continue;
    // Never copy an identifier into the subject, which every mail list shows: mask it before any cut,
    // or a cut-off "1 84 12 75…" would no longer be recognised and would leak.
    let masked = line;
    const found = findIdentifiers(masked);
    for (let i = found.length - 1; i >= 0; i--)
      masked = masked.slice(0, found[i].start) + found[i].masked + masked.slice(found[i].end);
    const sentence = /^[^.!?\n]{1,200}[.!?]?/.exec(masked);
    let text = trimEndWhere(sentence ? sentence[0] : masked, (c) => /[.!?\s]/.test(c)).trim();
    if (text.length > 80) {
      // Drop the word cut in two and the spaces before it; a cut with no space stays whole.
      const cut = text.slice(0, 80);
      const lastWordStart = trimEndWhere(cut, (c) => !isSpace(c)).length;
      text = (lastWordStart > 0 ? trimEndWhere(cut.slice(0, lastWordStart), isSpace) : cut) + "…";
    }
    if (text.length >= 8) return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return undefined;
}

export const vagueSubject: Rule = {
  meta: {
    id: "vague-subject",
    severity: "warning",
    guide: { fr: "Guide §8 — « un objet précis »", en: "Guide §8 — “a precise subject”" },
    description: {
      fr: "L'objet est vide, trop court ou générique (« Question », « Info »…), ou trop long pour être lu en entier.",
      en: "The subject is empty, too short or generic (“Question”, “Info”…), or too long to be read whole.",
    },
    why: {
      fr: "L'objet est la première chose que lit le destinataire : il lui permet de trier, prioriser et retrouver le message. Indiquez l'action attendue, le sujet et l'échéance.",
      en: "The subject is the first thing the reader sees: it lets them sort, prioritise and find the message again. State the action expected, the topic and the deadline.",
    },
    fixes: ["set-subject"],
    messages: {
      empty: {
        fr: "L'objet est vide : indiquez l'action attendue, le sujet et l'échéance.",
        en: "The subject is empty: state the action expected, the topic and the deadline.",
      },
      generic: {
        fr: "L'objet « {{subject}} » est trop général : précisez l'action attendue, le sujet et l'échéance.",
        en: "The subject “{{subject}}” is too generic: state the action expected, the topic and the deadline.",
      },
      short: {
        fr: "L'objet « {{subject}} » est trop court pour dire de quoi parle le message.",
        en: "The subject “{{subject}}” is too short to say what the message is about.",
      },
      long: {
        fr: "L'objet fait {{length}} caractères : il sera coupé dans la liste des messages. Mettez l'essentiel au début.",
        en: "The subject is {{length}} characters long: message lists will cut it off. Put the essentials first.",
      },
    },
  },
  check(context) {
    const { subject, policy } = context;
    const core = subject.core;
    const location = {
      part: "subject" as const,
      start: subject.coreStart,
      end: subject.coreStart + core.length,
    };
    const suggestion = suggestSubject(context);
    // Keep the reply/forward prefixes; "RE:" alone has no space before the empty core.
    const prefix = subject.raw.slice(0, subject.coreStart);
    const fixes = suggestion
      ? [{ kind: "set-subject" as const, subject: prefix + (/\S$/.test(prefix) ? " " : "") + suggestion }]
      : [];
    if (core === "") {
      context.report({ messageId: "empty", severity: "error", location, fixes });
      return;
    }
    if (core.length > policy.thresholds.subjectLength) {
      context.report({ messageId: "long", severity: "info", data: { length: core.length }, location });
    }
    if (isShouting(core)) return; // reported by all-caps
    const all = tokenize(core);
    const tokens = all.filter((i) => !/^[0-9]+$/.test(all.word(i)));
    const stop = context.keywords.stopwords;
    // Generic when every word is a stop-word or part of a generic phrase ("suite à notre échange").
    const covered: boolean[] = [];
    for (const m of matchPhrases(tokens, context.keywords["generic-subject"])) {
      for (let k = m.token; k < m.token + m.length; k++) covered[k] = true;
    }
    let content = 0;
    let generic = tokens.length > 0;
    for (let i = 0; i < tokens.length; i++) {
      const stops = stop.byFirst[tokens.word(i)];
      if (stops !== undefined && !stops.every((w) => w.length > 1)) continue;
      content++;
      if (!covered[i]) generic = false;
    }
    if (generic || tokens.length === 0) {
      context.report({ messageId: "generic", data: { subject: core }, location, fixes });
    } else if (content < 2) {
      context.report({ messageId: "short", data: { subject: core }, location, fixes });
    }
  },
};
