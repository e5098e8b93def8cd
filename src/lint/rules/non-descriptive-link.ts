import { onlyPhrases, tokenize } from "../text/words";
import type { Rule } from "../rule";

export const nonDescriptiveLink: Rule = {
  meta: {
    id: "non-descriptive-link",
    severity: "info",
    guide: {
      fr: "Accessibilité (RGAA 6.1) — liens explicites",
      en: "Accessibility (WCAG 2.4.4) — link purpose",
    },
    description: {
      fr: "Un lien dont le texte ne dit pas où il mène (« cliquez ici », « lien », « en savoir plus »).",
      en: "A link whose text does not say where it leads (“click here”, “link”, “read more”).",
    },
    why: {
      fr: "Les lecteurs d'écran permettent de parcourir les liens d'un message : dix « cliquez ici » ne disent rien. Un texte de lien qui nomme sa destination aide aussi chacun à repérer un lien frauduleux.",
      en: "Screen readers let people jump from link to link: ten “click here” say nothing. Link text that names its destination also helps everyone spot a fraudulent link.",
    },
    fixes: [],
    messages: {
      vague: {
        fr: "Le lien « {{text}} » ne dit pas où il mène : nommez sa destination (« le formulaire d'inscription »).",
        en: "The link “{{text}}” does not say where it leads: name its destination (“the registration form”).",
      },
    },
  },
  check(context) {
    const { body, keywords } = context;
    for (const link of body.links) {
      if (link.zone !== "new") continue;
      const tokens = tokenize(link.text);
      if (tokens.length === 0 || tokens.length > 4 || !onlyPhrases(tokens, keywords["vague-link"])) continue;
      context.report({
        messageId: "vague",
        data: { text: link.text },
        location: { part: "body", zone: "new", start: link.start, end: link.end },
      });
    }
  },
};
