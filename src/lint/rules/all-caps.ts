import { isShouting, sentenceCase } from "../text/case";
import type { Rule } from "../rule";
import { countWordsOf } from "../text/words";

const MIN_PARAGRAPH_WORDS = 5;

export const allCaps: Rule = {
  meta: {
    id: "all-caps",
    severity: "info",
    guide: { fr: "Guide §8 — un ton courtois", en: "Guide §8 — a courteous tone" },
    description: {
      fr: "Un objet ou un paragraphe écrit en majuscules.",
      en: "A subject or paragraph written in capitals.",
    },
    why: {
      fr: "Les majuscules se lisent comme un cri et se lisent plus lentement. Pour souligner, préférez un mot en gras ou une phrase claire.",
      en: "Capitals read as shouting and are slower to read. To stress a point, prefer one word in bold or a clear sentence.",
    },
    fixes: ["set-subject"],
    messages: {
      subject: {
        fr: "L'objet est écrit en majuscules.",
        en: "The subject is written in capitals.",
      },
      paragraph: {
        fr: "Un paragraphe est écrit en majuscules : « {{excerpt}} ».",
        en: "A paragraph is written in capitals: “{{excerpt}}”.",
      },
    },
  },
  check(context) {
    const { subject, body } = context;
    if (isShouting(subject.core)) {
      context.report({
        messageId: "subject",
        location: { part: "subject", start: subject.coreStart, end: subject.coreStart + subject.core.length },
        fixes: [
          {
            kind: "set-subject",
            subject: subject.raw.slice(0, subject.coreStart) + sentenceCase(subject.core),
          },
        ],
      });
    }
    for (const p of body.paragraphs) {
      if (p.zone !== "new") continue;
      const words = body.wordsBetween(p.start, p.end);
      if (words.length < MIN_PARAGRAPH_WORDS) continue; // fewer tokens than words needed
      if (countWordsOf(body.text, words) < MIN_PARAGRAPH_WORDS) continue;
      const text = body.text.slice(p.start, p.end);
      if (!isShouting(text)) continue;
      const trimmed = text.trim();
      context.report({
        messageId: "paragraph",
        data: { excerpt: trimmed.length > 60 ? trimmed.slice(0, 60) + "…" : trimmed },
        location: { part: "body", zone: "new", start: p.start, end: p.end },
      });
    }
  },
};
