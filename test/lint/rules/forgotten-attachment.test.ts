import type { Attachment } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

/** An HTML body of plain paragraphs; its visible text is the paragraphs joined by line breaks. */
const paragraphs = (...lines: string[]) => ({ html: lines.map((l) => `<p>${l}</p>`).join("") });

/** Where `phrase` stands in the visible text of `paragraphs(...lines)` (or of a plain-text body). */
function span(lines: string[] | string, phrase: string) {
  const text = typeof lines === "string" ? lines : lines.join("\n");
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in the test body`);
  return { start, end: start + phrase.length };
}

/** The finding every invalid case expects: the announcement in the new text, no fix. */
const missing = (lines: string[] | string, phrase: string) => ({
  messageId: "missing",
  data: { phrase },
  location: { part: "body", zone: "new", ...span(lines, phrase) },
  noFix: true as const,
});

const SIGNATURE =
  '<div id="Signature"><p>Jeanne Martin<br>Chargée de mission RH — Ville d\'Exemple</p>' +
  "<p>Dossiers de candidature : merci d'envoyer vos justificatifs en pièce jointe, au format PDF.</p></div>";
// Outlook on the web: the reply header block, then the earlier message, which announced its own file.
const HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> Planning des astreintes de décembre</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>Bonjour Jeanne,</p><p>Vous trouverez ci-joint le planning des astreintes de décembre. ' +
  "Please find attached the English version too.</p><p>Paul</p></div>";

const report: Attachment = {
  name: "CR-reunion-2026-11-12.pdf",
  size: 182_344,
  contentType: "application/pdf",
};
const logo: Attachment = {
  name: "image001.png",
  size: 6_120,
  contentType: "image/png",
  inline: true,
  contentId: "image001.png@01DB3E2A.5C1F0A40",
};
const LOGO_IMG = '<p><img src="cid:image001.png@01DB3E2A.5C1F0A40" alt="Logo de la Ville d\'Exemple"></p>';

// Invalid bodies, kept as line lists so that the expected offsets are computed from the same text.
const CI_JOINT = ["Bonjour Paul,", "Ci-joint le compte rendu de la réunion du 12 novembre.", "Jeanne"];
const TROUVEREZ = [
  "Bonjour à tous,",
  "Vous trouverez en pièce jointe le planning des astreintes de décembre.",
  "Jeanne",
];
const JE_VOUS_JOINS = "Bonjour Paul,\n\nJe vous joins la note de service signée par la DGS.\n\nJeanne";
const EN_PJ =
  "Bonjour,\nLe tableau des congés de fin d'année est en PJ, merci de le compléter avant vendredi.\nJeanne";
const PLEASE_FIND = [
  "Dear Paul,",
  "Please find attached the minutes of Tuesday's meeting.",
  "Best regards,",
  "Jeanne",
];
const I_HAVE = "Hi Paul,\n\nI have attached the signed partnership agreement for your records.\n\nJeanne";
const SEE_ATTACHED = ["Hi all,", "See attached for the updated on-call rota.", "Thanks, Jeanne"];
const ENCLOSED =
  "Dear Ms Smith,\n\nEnclosed is the completed registration form.\n\nKind regards,\nJeanne Martin";
const INLINE_ONLY = ["Bonjour Paul,", "Ci-jointe la convention à faire signer par le maire."];
const VOTRE_ATTESTATION = [
  "Madame,",
  "Veuillez trouver votre attestation employeur ci-jointe.",
  "Cordialement,",
];
const MERCI_RETOUR = ["Merci pour ton retour, ci-joint la version corrigée du règlement.", "Jeanne"];
const REPLY_NEW = ["Bonjour Paul,", "Je te joins la version signée du planning.", "Jeanne"];
const HESITEZ = [
  "Bonjour,",
  "N'hésitez pas à me faire part de vos remarques sur le projet de règlement ci-joint.",
  "Jeanne",
];
const ENCLOSED_SIG = "Dear Paul,\nPlease find enclosed the signed contract.\n-- \nJeanne Martin\nHR officer";

ruleTester("forgotten-attachment", {
  valid: [
    {
      why: "the announced file is attached",
      draft: draft({ body: paragraphs(...CI_JOINT), attachments: [report] }),
    },
    {
      why: "a real attachment next to the signature logo (inline) is enough",
      draft: draft({
        body: { html: paragraphs(...PLEASE_FIND).html + LOGO_IMG },
        attachments: [logo, report],
      }),
    },
    {
      why: "a negation: « sans pièce jointe »",
      draft: draft({
        body: paragraphs(
          "Bonjour Paul,",
          "Je t'envoie ce message sans pièce jointe : le fichier est trop lourd, il est sur l'intranet.",
        ),
      }),
    },
    {
      why: "a negation: « no attachment »",
      draft: draft({
        body: { text: "Hi Paul,\nThere is no attachment this time: the form is on the intranet.\nJeanne" },
      }),
    },
    {
      why: "someone else's attachment: « Merci pour votre pièce jointe »",
      draft: draft({
        body: paragraphs("Bonjour Madame,", "Merci pour votre pièce jointe, je la transmets au service."),
      }),
    },
    {
      why: "someone else's attachment: « thanks for the attachment »",
      draft: draft({
        body: { text: "Hi Paul,\nThanks for the attachment, I will read it tonight.\nJeanne" },
      }),
    },
    {
      why: "a file that did not arrive is not announced: « Je n'ai pas reçu la pièce jointe »",
      draft: draft({
        body: paragraphs("Bonjour Paul,", "Je n'ai pas reçu la pièce jointe, peux-tu me la renvoyer ?"),
      }),
    },
    {
      why: "« Je n'arrive pas à ouvrir la pièce jointe »",
      draft: draft({
        body: paragraphs("Bonjour Paul,", "Je n'arrive pas à ouvrir la pièce jointe de ton dernier message."),
      }),
    },
    {
      why: "a file that did not open is not announced: « I couldn't open the attachment »",
      draft: draft({
        body: { text: "Hi Paul,\nI couldn't open the attachment, could you resend it as a PDF?" },
      }),
    },
    {
      why: "the announcement stands only in the quoted history (Outlook divRplyFwdMsg block)",
      draft: draft({
        subject: "RE: Planning des astreintes de décembre",
        composeType: "reply",
        body: { html: paragraphs("Merci Paul, c'est noté pour le 24.").html + SIGNATURE + HISTORY },
      }),
    },
    {
      why: 'the announcement stands only in the signature (<div id="Signature">)',
      draft: draft({
        body: { html: paragraphs("Bonjour Paul,", "Le jury se réunit jeudi à 14 h.").html + SIGNATURE },
      }),
    },
    {
      why: "the announcement stands only in `>`-quoted lines of a plain-text reply",
      draft: draft({
        body: {
          text: "Thanks Paul, noted.\n\nOn Mon, 23 Nov 2026 at 17:42, Paul Durand wrote:\n> Please find attached the minutes.\n",
        },
      }),
    },
    {
      why: "« please find » alone points elsewhere",
      draft: draft({
        body: { text: "Hi all,\nPlease find the agenda on the intranet, under Meetings.\nJeanne" },
      }),
    },
    {
      why: "« pièce » alone is not an attachment",
      draft: draft({
        body: paragraphs(
          "Bonjour Paul,",
          "Il manque une pièce au dossier de M. Durand : son justificatif de domicile.",
        ),
      }),
    },
    {
      why: "« joint » alone (« le budget joint ») is not in the list of announcements",
      draft: draft(),
    },
  ],
  invalid: [
    {
      why: "« Ci-joint » and no attachment",
      draft: draft({ body: paragraphs(...CI_JOINT) }),
      findings: [missing(CI_JOINT, "Ci-joint")],
    },
    {
      why: "« Vous trouverez en pièce jointe » and no attachment",
      draft: draft({ body: paragraphs(...TROUVEREZ) }),
      findings: [missing(TROUVEREZ, "trouverez en pièce jointe")],
    },
    {
      why: "« je vous joins » in a plain-text body",
      draft: draft({ body: { text: JE_VOUS_JOINS } }),
      findings: [missing(JE_VOUS_JOINS, "Je vous joins")],
    },
    {
      why: "« en PJ »",
      draft: draft({ body: { text: EN_PJ } }),
      findings: [missing(EN_PJ, "en PJ")],
    },
    {
      why: "« please find attached »",
      draft: draft({ subject: "Minutes of the 24 November staff meeting", body: paragraphs(...PLEASE_FIND) }),
      findings: [missing(PLEASE_FIND, "Please find attached")],
    },
    {
      why: "« I have attached »",
      draft: draft({ body: { text: I_HAVE } }),
      findings: [missing(I_HAVE, "I have attached")],
    },
    {
      why: "« see attached »",
      draft: draft({ body: paragraphs(...SEE_ATTACHED) }),
      findings: [missing(SEE_ATTACHED, "See attached")],
    },
    {
      why: "« enclosed »",
      draft: draft({ body: { text: ENCLOSED } }),
      findings: [missing(ENCLOSED, "Enclosed")],
    },
    {
      why: "only an inline image (the signature logo) is attached: the announced file is still missing",
      draft: draft({ body: { html: paragraphs(...INLINE_ONLY).html + LOGO_IMG }, attachments: [logo] }),
      findings: [missing(INLINE_ONLY, "Ci-jointe")],
    },
    {
      why: "a possessive further away qualifies another noun: « votre attestation ci-jointe » is the sender's file",
      draft: draft({ body: paragraphs(...VOTRE_ATTESTATION) }),
      findings: [missing(VOTRE_ATTESTATION, "ci-jointe")],
    },
    {
      why: "« merci pour » does not reach across the comma: « Merci pour ton retour, ci-joint … »",
      draft: draft({ body: paragraphs(...MERCI_RETOUR) }),
      findings: [missing(MERCI_RETOUR, "ci-joint")],
    },
    {
      why: "a negation far from the announcement does not apply: « N'hésitez pas à … sur le projet ci-joint »",
      draft: draft({ body: paragraphs(...HESITEZ) }),
      findings: [missing(HESITEZ, "ci-joint")],
    },
    {
      why: "a reply announces its own file; the quoted history's announcement is not the one reported",
      draft: draft({
        subject: "RE: Planning des astreintes de décembre",
        composeType: "reply",
        body: { html: paragraphs(...REPLY_NEW).html + SIGNATURE + HISTORY },
      }),
      findings: [missing(REPLY_NEW, "Je te joins")],
    },
    {
      why: "« please find enclosed » above a « -- » signature",
      draft: draft({ body: { text: ENCLOSED_SIG } }),
      findings: [missing(ENCLOSED_SIG, "Please find enclosed")],
    },
    {
      why: "a policy may raise the rule to error",
      policy: { rules: { "forgotten-attachment": "error" } },
      draft: draft({ body: paragraphs(...CI_JOINT) }),
      findings: [{ ...missing(CI_JOINT, "Ci-joint"), severity: "error" }],
    },
  ],
});
