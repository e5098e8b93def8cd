import { fold } from "../text/fold";
import { onlyPhrases, tokenize } from "../text/words";
import type { Rule } from "../rule";

/**
 * Names that count, not describe: scan0001, IMG_2041, DSC01234, 20261126_101502, Document1, Classeur1,
 * also with the " (1)" a second download adds.
 */
const COUNTER =
  /^(scan|img|image|dsc|dscn|dscf|pxl|photo|doc|document|classeur|book|presentation|presentation|sans titre|untitled|numerisation|capture|screenshot)?[ _-]*[0-9][0-9 _.()-]*$/;

export function baseName(name: string): string {
  const dot = name.lastIndexOf(".");
  return (dot > 0 ? name.slice(0, dot) : name).trim();
}

export const vagueAttachmentName: Rule = {
  meta: {
    id: "vague-attachment-name",
    severity: "info",
    guide: {
      fr: "Guide §8 — « des pièces jointes nommées clairement »",
      en: "Guide §8 — “clearly named attachments”",
    },
    description: {
      fr: "Une pièce jointe au nom générique (« Document1.docx », « scan0001.pdf », « IMG_2041.jpg »).",
      en: "An attachment with a generic name (“Document1.docx”, “scan0001.pdf”, “IMG_2041.jpg”).",
    },
    why: {
      fr: "Une fois enregistrée, la pièce jointe n'a plus que son nom pour dire ce qu'elle contient. Nommez-la par son objet et sa date : « Budget-culture-2027.xlsx ».",
      en: "Once saved, an attachment only has its name to say what it holds. Name it after its content and date: “Culture-budget-2027.xlsx”.",
    },
    fixes: [],
    messages: {
      generic: {
        fr: "La pièce jointe « {{name}} » a un nom qui ne dit pas ce qu'elle contient : renommez-la avant de la joindre.",
        en: "The attachment “{{name}}” has a name that does not say what it holds: rename it before attaching it.",
      },
    },
  },
  check(context) {
    const { draft, keywords } = context;
    for (const a of draft.attachments || []) {
      if (a.inline) continue;
      const base = baseName(a.name);
      const folded = fold(base).replace(/^((copie de|copy of)\s+)+/, "");
      const words = tokenize(folded, { fileName: true });
      const generic =
        COUNTER.test(folded) || (words.length > 0 && onlyPhrases(words, keywords["vague-attachment-name"]));
      if (!generic) continue;
      context.report({
        messageId: "generic",
        data: { name: a.name },
        location: { part: "attachments", names: [a.name] },
      });
    }
  },
};
