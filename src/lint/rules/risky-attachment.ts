import type { Rule } from "../rule";
import type { LocalText } from "../types";

const EXECUTABLE = [
  "exe",
  "msi",
  "bat",
  "cmd",
  "com",
  "scr",
  "js",
  "jse",
  "vbs",
  "vbe",
  "wsf",
  "ps1",
  "jar",
  "lnk",
  "hta",
];
const MACRO = ["docm", "xlsm", "pptm", "dotm", "xltm"];
const MB = 1048576;

const extensionOf = (name: string) => {
  const m = /\.([A-Za-z0-9]{1,5})\s*$/.exec(name);
  return m ? m[1].toLowerCase() : "";
};
/** Sizes as Outlook counts them, with each language's decimal mark. */
const inMB = (bytes: number): LocalText => {
  const v = String(Math.round((bytes / MB) * 10) / 10);
  return { fr: v.replace(".", ","), en: v };
};

export const riskyAttachment: Rule = {
  meta: {
    id: "risky-attachment",
    severity: "warning",
    guide: {
      fr: "Guide §4 — sécurité ; recommandations de l'ANSSI sur les pièces jointes",
      en: "Guide §4 — security; ANSSI advice on attachments",
    },
    description: {
      fr: "Une pièce jointe qui exécute du code (.exe, .js, macros Office…) ou trop lourde pour la messagerie.",
      en: "An attachment that runs code (.exe, .js, Office macros…) or too heavy for mail.",
    },
    why: {
      fr: "Les fichiers exécutables et les documents à macros sont le premier vecteur de logiciels malveillants : beaucoup de messageries les bloquent. Les gros fichiers saturent les boîtes ; un lien de partage est plus sûr et plus léger.",
      en: "Executables and macro documents are the first carrier of malware, and many mail systems block them. Large files fill mailboxes; a sharing link is safer and lighter.",
    },
    fixes: [],
    messages: {
      executable: {
        fr: "« {{name}} » est un fichier exécutable : il sera souvent bloqué ; partagez-le autrement si c'est voulu.",
        en: "“{{name}}” is an executable file: it will often be blocked; share it another way if intended.",
      },
      macro: {
        fr: "« {{name}} » contient des macros : préférez la version sans macros (.docx, .xlsx, .pptx).",
        en: "“{{name}}” contains macros: prefer the version without macros (.docx, .xlsx, .pptx).",
      },
      large: {
        fr: "« {{name}} » pèse {{size}} Mo : préférez un lien de partage.",
        en: "“{{name}}” weighs {{size}} MB: prefer a sharing link.",
      },
      total: {
        fr: "Les pièces jointes pèsent {{size}} Mo au total : préférez un lien de partage.",
        en: "The attachments weigh {{size}} MB in all: prefer a sharing link.",
      },
    },
  },
  check(context) {
    const { draft, policy } = context;
    const attachments = draft.attachments || [];
    let total = 0;
    let large = false;
    for (const a of attachments) {
      const ext = extensionOf(a.name);
      const location = { part: "attachments" as const, names: [a.name] };
      if (EXECUTABLE.indexOf(ext) >= 0)
        context.report({ messageId: "executable", data: { name: a.name }, location });
      else if (MACRO.indexOf(ext) >= 0)
        context.report({ messageId: "macro", data: { name: a.name }, location });
      const size = a.size || 0;
      total += size;
      if (size > policy.thresholds.attachmentMB * MB) {
        large = true;
        context.report({
          messageId: "large",
          severity: "info",
          data: { name: a.name, size: inMB(size) },
          location,
        });
      }
    }
    // The total is news only when no single file already explains it.
    if (total > policy.thresholds.attachmentsTotalMB * MB && !large) {
      context.report({
        messageId: "total",
        severity: "info",
        data: { size: inMB(total) },
        location: { part: "attachments", names: attachments.map((a) => a.name) },
      });
    }
  },
};
