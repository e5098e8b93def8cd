import type { Rule } from "../rule";

export const longMessage: Rule = {
  meta: {
    id: "long-message",
    severity: "info",
    guide: {
      fr: "Guide §8 — « un contexte en début d'email »",
      en: "Guide §8 — “context at the start of the email”",
    },
    description: {
      fr: "Un message long (plus de 400 mots) : résumer l'essentiel dans les premières lignes.",
      en: "A long message (over 400 words): sum up the essentials in the first lines.",
    },
    why: {
      fr: "Beaucoup de lecteurs ne lisent que le début d'un message, souvent sur téléphone. Commencez par l'action attendue et l'échéance ; le détail peut suivre ou aller dans un document.",
      en: "Many readers only read the start of a message, often on a phone. Begin with the action expected and the deadline; details can follow or go in a document.",
    },
    fixes: [],
    messages: {
      long: {
        fr: "Le message fait {{words}} mots : résumez en tête l'action attendue et l'échéance.",
        en: "The message is {{words}} words long: open with the action expected and the deadline.",
      },
    },
  },
  check(context) {
    const words = context.body.countWordsIn(["new"]);
    if (words <= context.policy.thresholds.messageWords) return;
    context.report({ messageId: "long", data: { words }, location: { part: "body", zone: "new" } });
  },
};
