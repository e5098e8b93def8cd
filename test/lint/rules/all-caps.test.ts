import { lint, type Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const html = (source: string): Draft => draft({ body: { html: source } });

/** A paragraph of the new text: `before` is the visible text before it (a block ends with "\n"). */
const para = (before: string, text: string) => ({
  part: "body",
  zone: "new",
  start: before.length,
  end: before.length + text.length,
});

const SIGNATURE =
  '<div id="Signature"><p>Jeanne MARTIN<br>DIRECTION DES RESSOURCES HUMAINES ET DES RELATIONS SOCIALES<br>' +
  "Ville d'Exemple · 01 23 45 67 89</p></div>";
const HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> ENTRETIENS ANNUELS : DATE LIMITE</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>MERCI DE RENDRE VOS COMPTES RENDUS AVANT VENDREDI 18H.</p></div>';

const URGENT = "URGENT : DOSSIER RQTH À SIGNER";
const PARAGRAPH = "MERCI DE RENDRE VOS DEMANDES DE CONGÉS AVANT LE 15 DÉCEMBRE.";

ruleTester("all-caps", {
  valid: [
    {
      why: "an acronym alone is not shouting: « RGPD »",
      draft: draft({ subject: "RGPD" }),
    },
    {
      why: "two acronyms alone: « DRH CNIL »",
      draft: draft({ subject: "DRH CNIL" }),
    },
    {
      why: "three acronyms alone still do not count: « RGPD CNIL DRH »",
      draft: draft({ subject: "RE: RGPD CNIL DRH" }),
    },
    {
      why: "acronyms inside a normal subject: « Point RGPD avec la DRH »",
      draft: draft({ subject: "Point RGPD avec la DRH" }),
    },
    {
      why: "a normal subject with one acronym",
      draft: draft({ subject: "Formation RGPD obligatoire : inscription avant le 15 janvier" }),
    },
    {
      why: "English subject with acronyms: « GDPR training with HR and IT »",
      draft: draft({ subject: "GDPR training with HR and IT" }),
    },
    {
      why: "fewer than 4 letters: « FYI » (vague-subject's concern)",
      draft: draft({ subject: "FYI" }),
    },
    {
      why: "a paragraph of 4 words in capitals is a heading, not shouting",
      draft: html("<p>Bonjour,</p><p>MERCI DE VOTRE RETOUR</p><p>Jeanne</p>"),
    },
    {
      why: "« RÉUNION ANNULÉE CET APRÈS-MIDI » is 4 words (« après-midi » is one)",
      draft: html("<p>RÉUNION ANNULÉE CET APRÈS-MIDI</p><p>La salle 204 est libre.</p>"),
    },
    {
      why: "a paragraph of acronyms only (an agenda line)",
      draft: html("<p>Ordre du jour :</p><p>RH – DRH – CNIL – RGPD – RQTH</p>"),
    },
    {
      why: "acronyms in a normal paragraph",
      draft: html("<p>La DRH et la CNIL ont validé le registre RGPD du service SIRH.</p>"),
    },
    {
      why: "capitals in Outlook's quoted history were written by someone else",
      draft: draft({
        subject: "RE: Entretiens annuels : date limite",
        composeType: "reply",
        body: { html: `<p>Bien noté, merci.</p>${HISTORY}` },
      }),
    },
    {
      why: "capitals in the signature (the department's name) are not the new text",
      draft: html(`<p>Merci Paul, c'est noté.</p>${SIGNATURE}`),
    },
    {
      why: "plain text: capitals in a « > » quoted line",
      draft: draft({
        body: {
          text: "Ok merci.\n\nLe 23/11/2026 à 17:42, Paul a écrit :\n> TOUT LE MONDE DOIT VENIR DEMAIN MATIN\n",
        },
      }),
    },
  ],
  invalid: [
    {
      why: "subject in capitals; the fix writes it in sentence case and keeps the acronym RQTH",
      draft: draft({ subject: URGENT }),
      findings: [
        {
          messageId: "subject",
          location: { part: "subject", start: 0, end: URGENT.length },
          fix: { kind: "set-subject", output: draft({ subject: "Urgent : dossier RQTH à signer" }) },
        },
      ],
    },
    {
      why: "a reply: the prefix « RE: » is kept by the fix, « DE » is a word, not an acronym",
      draft: draft({ subject: "RE: MERCI DE RÉPONDRE AVANT VENDREDI", composeType: "reply" }),
      findings: [
        {
          messageId: "subject",
          location: { part: "subject", start: 4, end: 36 },
          fix: {
            kind: "set-subject",
            output: draft({ subject: "RE: Merci de répondre avant vendredi", composeType: "reply" }),
          },
        },
      ],
    },
    {
      why: "a forward with a gateway tag: « [EXT] TR: » kept, RGPD kept",
      draft: draft({ subject: "[EXT] TR: RAPPEL FORMATION RGPD OBLIGATOIRE", composeType: "forward" }),
      findings: [
        {
          messageId: "subject",
          location: { part: "subject", start: 10, end: 43 },
          fix: {
            kind: "set-subject",
            output: draft({ subject: "[EXT] TR: Rappel formation RGPD obligatoire", composeType: "forward" }),
          },
        },
      ],
    },
    {
      why: "English subject in capitals; CNIL and CV stay, « ON » is a word",
      draft: draft({ subject: "PLEASE READ: NEW CNIL GUIDANCE ON CV RETENTION" }),
      findings: [
        {
          messageId: "subject",
          location: { part: "subject", start: 0, end: 46 },
          fix: {
            kind: "set-subject",
            output: draft({ subject: "Please read: new CNIL guidance on CV retention" }),
          },
        },
      ],
    },
    {
      why: "one word of 5 letters in capitals is not an acronym: « MERCI » (vague-subject leaves it to all-caps)",
      draft: draft({ subject: "MERCI" }),
      findings: [
        {
          messageId: "subject",
          location: { part: "subject", start: 0, end: 5 },
          fix: { kind: "set-subject", output: draft({ subject: "Merci" }) },
        },
      ],
    },
    {
      why: "a paragraph of 5+ words in capitals in the new text",
      draft: html(`<p>Bonjour à tous,</p><p>${PARAGRAPH}</p><p>Jeanne</p>`),
      findings: [
        {
          messageId: "paragraph",
          data: { excerpt: "MERCI DE RENDRE VOS DEMANDES DE CONGÉS AVANT LE 15 DÉCEMBRE." },
          location: para("Bonjour à tous,\n", PARAGRAPH),
          noFix: true,
        },
      ],
    },
    {
      why: "English paragraph in capitals",
      draft: html("<p>Hi all,</p><p>PLEASE DO NOT REPLY ALL ON THIS THREAD.</p><p>Thanks, Jeanne</p>"),
      findings: [
        {
          messageId: "paragraph",
          data: { excerpt: "PLEASE DO NOT REPLY ALL ON THIS THREAD." },
          location: para("Hi all,\n", "PLEASE DO NOT REPLY ALL ON THIS THREAD."),
          noFix: true,
        },
      ],
    },
    {
      why: "a long paragraph: the excerpt is cut at 60 characters",
      draft: html(
        "<p>RAPPEL : LA FORMATION RGPD EST OBLIGATOIRE POUR TOUS LES AGENTS QUI TRAITENT DES DOSSIERS DU PERSONNEL.</p>",
      ),
      findings: [
        {
          messageId: "paragraph",
          data: { excerpt: "RAPPEL : LA FORMATION RGPD EST OBLIGATOIRE POUR TOUS LES AGE…" },
          location: { part: "body", zone: "new", start: 0, end: 103 },
          noFix: true,
        },
      ],
    },
    {
      why: "subject and paragraph both in capitals: two findings, subject first",
      draft: draft({
        subject: "URGENT",
        body: { html: `<p>${PARAGRAPH}</p>` },
      }),
      findings: [
        {
          messageId: "subject",
          location: { part: "subject", start: 0, end: 6 },
          fix: {
            kind: "set-subject",
            output: draft({ subject: "Urgent", body: { html: `<p>${PARAGRAPH}</p>` } }),
          },
        },
        { messageId: "paragraph", location: para("", PARAGRAPH), noFix: true },
      ],
    },
    {
      why: "plain text: the capitals line of the new text is reported, not the signature after « -- »",
      draft: draft({
        body: {
          text: "Bonjour,\nMERCI DE RÉPONDRE AVANT VENDREDI MIDI.\n-- \nJEANNE MARTIN DIRECTION DES RESSOURCES HUMAINES\n",
        },
      }),
      findings: [
        {
          messageId: "paragraph",
          data: { excerpt: "MERCI DE RÉPONDRE AVANT VENDREDI MIDI." },
          location: para("Bonjour,\n", "MERCI DE RÉPONDRE AVANT VENDREDI MIDI."),
          noFix: true,
        },
      ],
    },
    {
      why: "a reply: the capitals paragraph of the new text is reported, the quoted ones are not",
      draft: draft({
        subject: "RE: Entretiens annuels : date limite",
        composeType: "reply",
        body: { html: `<p>${PARAGRAPH}</p>${SIGNATURE}${HISTORY}` },
      }),
      findings: [{ messageId: "paragraph", location: para("", PARAGRAPH), noFix: true }],
    },
  ],
});

// RULES.md vague-subject: a subject in capitals is reported by all-caps, not by vague-subject.
describe("all-caps and vague-subject", () => {
  it.each([URGENT, "RE: MERCI DE RÉPONDRE AVANT VENDREDI", "MERCI", "URGENT", "INFO", "PLEASE READ"])(
    "« %s » is reported by all-caps only",
    (subject) => {
      const found = lint(draft({ subject }), { only: ["all-caps", "vague-subject"] });
      expect(found.map((f) => f.ruleId)).toEqual(["all-caps"]);
    },
  );
});
