import type { Attachment } from "../../../src/lint";
import { draft, ruleTester, type ExpectedFinding, type InvalidCase } from "../rule-tester";

const MB = 1_048_576;
const file = (name: string, size = 120_000): Attachment => ({ name, size });

const at = (...names: string[]) => ({ part: "attachments", names });
const executable = (name: string): ExpectedFinding => ({
  messageId: "executable",
  data: { name },
  location: at(name),
  noFix: true,
});
const macro = (name: string): ExpectedFinding => ({
  messageId: "macro",
  data: { name },
  location: at(name),
  noFix: true,
});
const large = (name: string, fr: string, en: string): ExpectedFinding => ({
  messageId: "large",
  severity: "info",
  data: { name, size: { fr, en } },
  location: at(name),
  noFix: true,
});

/** One attachment that runs code: one warning naming it. */
const runs = (name: string, why: string, finding = executable): InvalidCase => ({
  why,
  draft: draft({ attachments: [file(name)] }),
  findings: [finding(name)],
});

const eight = ["Captation-conseil-1.mp4", "Captation-conseil-2.mp4", "Captation-conseil-3.mp4"].map((n) =>
  file(n, 8 * MB),
);

ruleTester("risky-attachment", {
  valid: [
    {
      why: "ordinary documents: .pdf .docx .xlsx",
      draft: draft({
        attachments: [
          file("Note-DGS-2026-11.pdf"),
          file("Règlement-astreintes.docx"),
          file("Budget-culture-2027.xlsx"),
        ],
      }),
    },
    {
      why: "an archive is not in the list (its content cannot be seen here)",
      draft: draft({ attachments: [file("Photos-fete-du-personnel-2026.zip", 4 * MB)] }),
    },
    {
      why: "a .json data file does not run: not in the spec's list",
      draft: draft({ attachments: [file("export-agenda-2027.json")] }),
    },
    {
      why: "« .exe » in the middle of a name: « guide.exe.pdf » is a PDF",
      draft: draft({ attachments: [file("guide.exe.pdf")] }),
    },
    {
      why: "a .js file named in the body text but not attached",
      draft: draft({
        body: {
          html: "<p>Bonjour Paul,</p><p>Le script deploy.js est sur le dépôt Git, la procédure est jointe.</p>",
        },
        attachments: [file("Procédure-déploiement.pdf")],
      }),
    },
    {
      why: "a macro-free Office file whose name mentions macros",
      draft: draft({ attachments: [file("Suppression des macros xlsm - procédure.docx")] }),
    },
    {
      why: "exactly 10 MB (10,485,760 bytes) is not over 10 MB",
      draft: draft({ attachments: [file("Rapport-annuel-2026.pdf", 10 * MB)] }),
    },
    {
      why: "exactly 20 MB in all (two files of 10 MB) is not over 20 MB",
      draft: draft({
        attachments: [file("Rapport-annuel-2026.pdf", 10 * MB), file("Annexes-2026.pdf", 10 * MB)],
      }),
    },
    {
      why: "a policy may allow heavier attachments",
      policy: { thresholds: { attachmentMB: 25, attachmentsTotalMB: 40 } },
      draft: draft({ attachments: [file("Captation-conseil.mp4", 22 * MB), file("Diaporama.pptx", 9 * MB)] }),
    },
    {
      why: "no attachment at all",
      draft: draft(),
    },
  ],
  invalid: [
    runs("setup.exe", "a Windows program .exe"),
    runs("Installation-VPN.msi", "an installer .msi"),
    runs("nettoyage-postes.bat", "a batch file .bat"),
    runs("facture-2026-114.js", "a script .js (runs with Windows Script Host)"),
    runs("macro-publipostage.vbs", "a VBScript .vbs"),
    runs("Reinitialiser-mot-de-passe.ps1", "a PowerShell script .ps1"),
    runs("outil-planning.jar", "a Java archive .jar"),
    runs("Dossier partagé RH.lnk", "a shortcut .lnk"),
    runs("formulaire.hta", "an HTML application .hta"),
    runs("Courrier-type.docm", "a Word document with macros .docm", macro),
    runs("Budget-culture-2027.xlsm", "an Excel workbook with macros .xlsm", macro),
    runs("Présentation CT.pptm", "a PowerPoint presentation with macros .pptm", macro),
    runs("facture.pdf.exe", "a double extension: « facture.pdf.exe » is a program"),
    runs("FACTURE.EXE", "an extension in upper case"),
    runs("Facture_\u202Efdp.exe", "a right-to-left override that shows the name as « Facture_exe.pdf »"),
    {
      why: "one attachment just over 10 MB (10,485,761 bytes)",
      draft: draft({ attachments: [file("Rapport-annuel-2026.pdf", 10 * MB + 1)] }),
      findings: [large("Rapport-annuel-2026.pdf", "10", "10")],
    },
    {
      why: "the size is shown with each language's decimal mark",
      draft: draft({ attachments: [file("Captation-conseil.mp4", 12.5 * MB)] }),
      findings: [large("Captation-conseil.mp4", "12,5", "12.5")],
    },
    {
      why: "three files of 8 MB: no single one is large, the total of 24 MB is",
      draft: draft({ attachments: eight }),
      findings: [
        {
          messageId: "total",
          severity: "info",
          data: { size: { fr: "24", en: "24" } },
          location: at(...eight.map((a) => a.name)),
          noFix: true,
        },
      ],
    },
    {
      why: "a large file explains the total: only the file is reported",
      draft: draft({ attachments: [file("Captation-conseil.mp4", 15 * MB), file("Diaporama.pptx", 9 * MB)] }),
      findings: [large("Captation-conseil.mp4", "15", "15")],
    },
    {
      why: "a policy threshold of 5 MB per attachment",
      policy: { thresholds: { attachmentMB: 5 } },
      draft: draft({ attachments: [file("Diaporama.pptx", 6 * MB)] }),
      findings: [large("Diaporama.pptx", "6", "6")],
    },
    {
      why: "a policy threshold of 10 MB in all",
      policy: { thresholds: { attachmentsTotalMB: 10 } },
      draft: draft({ attachments: [file("Plan-1.pdf", 6 * MB), file("Plan-2.pdf", 6 * MB)] }),
      findings: [
        {
          messageId: "total",
          severity: "info",
          data: { size: { fr: "12", en: "12" } },
          location: at("Plan-1.pdf", "Plan-2.pdf"),
          noFix: true,
        },
      ],
    },
    {
      why: "a heavy program: the warning comes before the size note",
      draft: draft({ attachments: [file("setup-logiciel-paie.exe", 40 * MB)] }),
      findings: [executable("setup-logiciel-paie.exe"), large("setup-logiciel-paie.exe", "40", "40")],
    },
    {
      why: "each risky attachment is reported; the harmless ones are not",
      draft: draft({
        attachments: [file("Note.pdf"), file("run.cmd"), file("Modèle.dotm"), file("screensaver.scr")],
      }),
      findings: [executable("run.cmd"), macro("Modèle.dotm"), executable("screensaver.scr")],
    },
  ],
});
