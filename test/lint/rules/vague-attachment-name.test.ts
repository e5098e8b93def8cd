import type { Attachment } from "../../../src/lint";
import { draft, ruleTester, type InvalidCase } from "../rule-tester";

const file = (name: string, size = 150_000): Attachment => ({ name, size });

/** One attachment with a generic name: one info finding that names it, no fix. */
const generic = (name: string, why: string): InvalidCase => ({
  why,
  draft: draft({ attachments: [file(name)] }),
  findings: [
    { messageId: "generic", data: { name }, location: { part: "attachments", names: [name] }, noFix: true },
  ],
});

ruleTester("vague-attachment-name", {
  valid: [
    {
      why: "a name that says what and when: « Budget-culture-2027.xlsx »",
      draft: draft({ attachments: [file("Budget-culture-2027.xlsx")] }),
    },
    {
      why: "« arret_maladie_2026.pdf » is specific (sensitive, but that is another rule's business)",
      draft: draft({ attachments: [file("arret_maladie_2026.pdf")] }),
    },
    {
      why: "« Scan du contrat Durand.pdf »: a generic word followed by what it is",
      draft: draft({ attachments: [file("Scan du contrat Durand.pdf")] }),
    },
    {
      why: "inline images (signature logo image001.png) are not attachments the reader saves",
      draft: draft({
        attachments: [
          { name: "image001.png", size: 6_120, inline: true, contentId: "image001.png@01DB3E2A" },
        ],
      }),
    },
    {
      why: "an inline camera picture is part of the body, not a named file",
      draft: draft({
        attachments: [{ name: "IMG_2041.JPG", size: 2_400_000, inline: true, contentId: "ii_m3x" }],
      }),
    },
    {
      why: "« CR réunion 12-11.docx »: an abbreviation and a date still describe it",
      draft: draft({ attachments: [file("CR réunion 12-11.docx")] }),
    },
    {
      why: "« Photo de classe CM2.jpg »: a generic word inside a description",
      draft: draft({ attachments: [file("Photo de classe CM2.jpg")] }),
    },
    {
      why: "« Copie de Budget 2027.xlsx »: the copied file's own name is specific",
      draft: draft({ attachments: [file("Copie de Budget 2027.xlsx")] }),
    },
    {
      why: "« Documentation technique PLU.pdf »: a longer word that begins like « document »",
      draft: draft({ attachments: [file("Documentation technique PLU.pdf")] }),
    },
    {
      why: "« Minutes 2026-11-24 staff meeting.docx »: English, with a date",
      draft: draft({ attachments: [file("Minutes 2026-11-24 staff meeting.docx")] }),
    },
    {
      why: "« Scanner-inventaire-2026.xlsx »: « scanner » is not « scan »",
      draft: draft({ attachments: [file("Scanner-inventaire-2026.xlsx")] }),
    },
    {
      why: "no attachment at all",
      draft: draft(),
    },
  ],
  invalid: [
    generic("document.pdf", "« document.pdf »"),
    generic("Document1.docx", "Word's default name « Document1.docx »"),
    generic("Classeur1.xlsx", "Excel's French default name « Classeur1.xlsx »"),
    generic("Book1.xlsx", "Excel's English default name « Book1.xlsx »"),
    generic("Présentation1.pptx", "PowerPoint's French default name, with its accent"),
    generic("scan0001.pdf", "a scanner counter « scan0001.pdf »"),
    generic("IMG_2041.JPG", "a camera counter in capitals « IMG_2041.JPG »"),
    generic("20261126_101502.jpg", "a phone's date and time counter « 20261126_101502.jpg »"),
    generic("DSC01234.jpg", "a camera counter « DSC01234.jpg »"),
    generic("Copie de document.pdf", "« Copie de document.pdf »: a copy of a generic name"),
    generic("Copie de Copie de scan0001.pdf", "a copy of a copy of a scanner counter"),
    generic("Copy of Untitled.docx", "English « Copy of Untitled.docx »"),
    generic("untitled.txt", "« untitled.txt »"),
    generic("sans titre.odt", "LibreOffice's « sans titre.odt »"),
    generic("Numérisation.pdf", "« Numérisation.pdf »"),
    generic("Document sans titre.docx", "Google Docs' « Document sans titre »"),
    generic("Nouveau document texte.txt", "Windows' French « Nouveau document texte.txt »"),
    generic("New Text Document.txt", "Windows' English « New Text Document.txt »"),
    generic("scan0001 (2).pdf", "a second download of a scanner counter « scan0001 (2).pdf »"),
    generic("IMG_2041 (1).jpg", "a second download of a camera counter « IMG_2041 (1).jpg »"),
    generic("Document1 - Copie.docx", "Windows' copy of a default name « Document1 - Copie.docx »"),
    generic("PJ.pdf", "« PJ.pdf »"),
    {
      why: "each generic attachment is reported on its own; the specific and the inline ones are not",
      draft: draft({
        attachments: [
          file("Budget-culture-2027.xlsx"),
          file("photo.jpg", 2_100_000),
          { name: "image001.png", size: 6_120, inline: true, contentId: "image001.png@01DB3E2A" },
          file("Fichier.pdf"),
        ],
      }),
      findings: [
        {
          messageId: "generic",
          data: { name: "photo.jpg" },
          location: { part: "attachments", names: ["photo.jpg"] },
          noFix: true,
        },
        {
          messageId: "generic",
          data: { name: "Fichier.pdf" },
          location: { part: "attachments", names: ["Fichier.pdf"] },
          noFix: true,
        },
      ],
    },
    {
      why: "a policy may raise the rule to warning",
      policy: { rules: { "vague-attachment-name": "warning" } },
      draft: draft({ attachments: [file("doc.pdf")] }),
      findings: [
        {
          messageId: "generic",
          severity: "warning",
          data: { name: "doc.pdf" },
          location: { part: "attachments", names: ["doc.pdf"] },
          noFix: true,
        },
      ],
    },
  ],
});
