import { findIdentifiers } from "../detectors";
import { matchPhrases, tokenize, type Token } from "../text/words";
import type { Rule, RuleContext } from "../rule";

/** Capitals are all-caps' business, not this rule's (RULES.md). */
export function isShouting(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c.toLowerCase() !== c.toUpperCase()) {
      letters++;
      if (c === c.toUpperCase()) upper++;
    }
  }
  return letters >= 4 && upper / letters >= 0.8;
}

const isNumber = (t: Token) => /^[0-9]+$/.test(t.word);

/** Builds a subject from the first sentence of the new text that is not a greeting. */
export function suggestSubject(context: RuleContext): string | undefined {
  const { body, keywords } = context;
  for (const p of body.paragraphs) {
    if (p.zone !== "new") continue;
    const line = body.text.slice(p.start, p.end).trim();
    const tokens = tokenize(line);
    const greeting = matchPhrases(tokens, keywords.acknowledgement).reduce((n, m) => n + m.length, 0);
    if (tokens.length === 0 || greeting === tokens.length || tokens.length < 3) continue;
    const sentence = /^[^.!?\n]{1,200}[.!?]?/.exec(line);
    let text = (sentence ? sentence[0] : line).replace(/[.!?\s]+$/, "").trim();
    if (text.length > 80) text = text.slice(0, 80).replace(/\s+\S*$/, "") + "…";
    // Never copy an identifier into the subject, which every mail list shows.
    const found = findIdentifiers(text);
    for (let i = found.length - 1; i >= 0; i--)
      text = text.slice(0, found[i].start) + found[i].masked + text.slice(found[i].end);
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
    const fixes = suggestion
      ? [{ kind: "set-subject" as const, subject: subject.raw.slice(0, subject.coreStart) + suggestion }]
      : [];
    if (core === "") {
      context.report({ messageId: "empty", severity: "error", location, fixes });
      return;
    }
    if (core.length > policy.thresholds.subjectLength) {
      context.report({ messageId: "long", severity: "info", data: { length: core.length }, location });
    }
    if (isShouting(core)) return;
    const tokens = tokenize(core).filter((t) => !isNumber(t));
    const stop = context.keywords.stopwords;
    const content = tokens.filter(
      (t) => !stop.byFirst[t.word] || stop.byFirst[t.word].every((w) => w.length > 1),
    );
    // Generic when every word is a stop-word or part of a generic phrase ("suite à notre échange").
    const covered: boolean[] = tokens.map(() => false);
    for (const m of matchPhrases(tokens, context.keywords["generic-subject"])) {
      for (let k = m.token; k < m.token + m.length; k++) covered[k] = true;
    }
    const generic = tokens.length > 0 && tokens.every((t, i) => covered[i] || content.indexOf(t) < 0);
    if (generic || tokens.length === 0) {
      context.report({ messageId: "generic", data: { subject: core }, location, fixes });
    } else if (content.length < 2) {
      context.report({ messageId: "short", data: { subject: core }, location, fixes });
    }
  },
};
