import { draft, ruleTester } from "../rule-tester";

// The default draft's new text: "Bonjour Paul," (a greeting line, skipped) then the sentence below.
const SUGGESTED = "Peux-tu valider le budget joint avant le 12 décembre";

const paul = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };
const lea = { name: "Léa Bernard", address: "lea.bernard@ville-exemple.fr" };

// Outlook on the web: the signature block, then the quoted history (its own subject and text must not
// feed the suggested subject).
const SIGNATURE =
  '<div id="Signature"><p>Jeanne Martin<br>Chargée de mission RH — Direction des ressources humaines<br>' +
  "Ville d'Exemple · 01 23 45 67 89</p></div>";
const HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>De :</b> Paul Durand &lt;paul.durand@ville-exemple.fr&gt;<br><b>Envoyé :</b> lundi 23 novembre 2026 17:42<br>" +
  "<b>À :</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;; Léa Bernard &lt;lea.bernard@ville-exemple.fr&gt;<br>" +
  "<b>Objet :</b> Planning des astreintes de décembre</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>Bonjour à tous,</p><p>Voici le planning des astreintes de décembre, merci de me signaler ' +
  "toute erreur avant vendredi.</p><p>Paul</p></div>";
const HISTORY_EN =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
  "<b>From:</b> Training Office &lt;formation@ville-exemple.fr&gt;<br><b>Sent:</b> Monday, November 23, 2026 5:42 PM<br>" +
  "<b>To:</b> Jeanne Martin &lt;jeanne.martin@ville-exemple.fr&gt;<br>" +
  "<b>Subject:</b> Documents</font><div>&nbsp;</div></div>" +
  '<div dir="ltr"><p>Please find the 2027 catalogue in the shared folder.</p></div>';

/** A reply as Outlook writes it: new text, signature, quoted history. */
function reply(subject: string, newText: string, history = HISTORY) {
  return draft({
    subject,
    composeType: "reply",
    to: [paul, lea],
    body: { html: newText + SIGNATURE + history },
  });
}

const PLANNING =
  "<p>Bonjour à toutes et à tous,</p><p>Le planning des astreintes de décembre est validé.</p>";
const CATALOGUE =
  "<p>Hi all,</p><p>The 2027 training catalogue is online; registrations close on 15 January. Thanks!</p>";

const LONG_100 =
  "Convention de partenariat 2027 avec la médiathèque : relecture des articles 4 à 9 avant le 5 janvier";
const LONG_101 =
  "Convention de partenariat 2027 avec la médiathèque : relecture des articles 4 à 9 avant le 15 janvier";

ruleTester("vague-subject", {
  valid: [
    {
      why: "a specific subject keeps quiet even though it contains the generic word « Réunion » (RULES.md example)",
      draft: draft({ subject: "Réunion budget 2027 — jeudi 12/12 14h" }),
    },
    {
      why: "« URGENT » in capitals is reported by all-caps, not here",
      draft: draft({ subject: "URGENT" }),
    },
    {
      why: "« REUNION » in capitals and without its accent also goes to all-caps",
      draft: draft({ subject: "REUNION" }),
    },
    {
      why: "stacked prefixes « RE: RE: TR: » are stripped and the core left is specific",
      draft: reply("RE: RE: TR: Planning des astreintes de décembre", "<p>Merci Paul, c'est noté.</p>"),
    },
    {
      why: "a gateway tag before the prefix (« [EXT] RE: ») is stripped with it and the core left is specific",
      draft: reply("[EXT] RE: Convention de partenariat 2027 à signer avant le 15 janvier", PLANNING),
    },
    {
      why: "an English forward with a precise topic and date",
      draft: reply("Fwd: Data protection training — Thursday 3 December, room 204", CATALOGUE, HISTORY_EN),
    },
    {
      why: "a generic word next to a precise topic is fine: « Question RGPD : durée de conservation des CV »",
      draft: draft({ subject: "Question RGPD : durée de conservation des CV" }),
    },
    {
      why: "an English « Quick question » followed by its topic is fine",
      draft: draft({ subject: "Quick question about the Q4 budget export" }),
    },
    {
      why: "two content words are enough (boundary of « fewer than 2 content words »)",
      draft: draft({ subject: "Astreintes décembre" }),
    },
    {
      why: "two English content words are enough too",
      draft: draft({ subject: "Fleet maintenance" }),
    },
    {
      why: "a subject core of exactly 100 characters is still shown whole (the info is for over 100)",
      draft: draft({ subject: "RE: " + LONG_100, composeType: "reply" }),
    },
    {
      why: "with the policy's subjectLength of 60, a 60-character subject is still shown whole",
      draft: draft({ subject: "Data protection training for new staff: sessions in December" }),
      policy: { thresholds: { subjectLength: 60 } },
    },
    {
      why: "a policy may turn the rule off",
      draft: draft({ subject: "Info" }),
      policy: { rules: { "vague-subject": "off" } },
    },
  ],
  invalid: [
    {
      why: "an empty subject is an error; the suggestion comes from the first sentence after the greeting line",
      draft: draft({ subject: "" }),
      findings: [
        {
          messageId: "empty",
          severity: "error",
          location: { part: "subject", start: 0, end: 0 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "« RE: » alone leaves an empty core; the suggestion keeps the prefix, skips « Bonjour à toutes et à tous, » and ignores signature and history",
      draft: reply("RE:", PLANNING),
      findings: [
        {
          messageId: "empty",
          severity: "error",
          location: { part: "subject", start: 3, end: 3 },
          fix: {
            kind: "set-subject",
            output: reply("RE: Le planning des astreintes de décembre est validé", PLANNING),
          },
        },
      ],
    },
    {
      why: "« Info » alone is generic",
      draft: draft({ subject: "Info" }),
      findings: [
        {
          messageId: "generic",
          data: { subject: "Info" },
          location: { part: "subject", start: 0, end: 4 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "accents are ignored: « reunion » is the generic « réunion »",
      draft: draft({ subject: "reunion" }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 7 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "« RE: RE: TR: Question »: the core after the stacked prefixes is generic; the fix keeps the prefixes",
      draft: reply("RE: RE: TR: Question", PLANNING),
      findings: [
        {
          messageId: "generic",
          data: { subject: "Question" },
          location: { part: "subject", start: 12, end: 20 },
          fix: {
            kind: "set-subject",
            output: reply("RE: RE: TR: Le planning des astreintes de décembre est validé", PLANNING),
          },
        },
      ],
    },
    {
      why: "« [EXT] RE: Petite question »: the gateway tag and prefix are stripped, the phrase left is generic",
      draft: reply("[EXT] RE: Petite question", PLANNING),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 10, end: 25 },
          fix: {
            kind: "set-subject",
            output: reply("[EXT] RE: Le planning des astreintes de décembre est validé", PLANNING),
          },
        },
      ],
    },
    {
      why: "English « Fwd: Documents »: generic; the suggestion skips « Hi all, » and stops at the first sentence",
      draft: reply("Fwd: Documents", CATALOGUE, HISTORY_EN),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 5, end: 14 },
          fix: {
            kind: "set-subject",
            output: reply(
              "Fwd: The 2027 training catalogue is online; registrations close on 15 January",
              CATALOGUE,
              HISTORY_EN,
            ),
          },
        },
      ],
    },
    {
      why: "« Suite à notre échange » is a generic phrase made of several words",
      draft: draft({ subject: "Suite à notre échange" }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 21 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "generic words are matched in their inflected forms too: « Petite question urgente »",
      draft: draft({ subject: "Petite question urgente" }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 23 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "« (sans objet) », what some clients fill in, is generic",
      draft: draft({ subject: "(sans objet)" }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 12 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "English « Hi all » is a greeting, not a subject",
      draft: draft({
        subject: "Hi all",
        body: { html: "<p>Hi all,</p><p>The server room will be closed on Friday for maintenance.</p>" },
      }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 6 },
          fix: {
            kind: "set-subject",
            output: draft({
              subject: "The server room will be closed on Friday for maintenance",
              body: {
                html: "<p>Hi all,</p><p>The server room will be closed on Friday for maintenance.</p>",
              },
            }),
          },
        },
      ],
    },
    {
      why: "« FYI » has only 3 letters: not shouting (all-caps needs 4), so it is reported here as generic",
      draft: draft({ subject: "FYI" }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 3 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "one content word is too short: « Budget »",
      draft: draft({ subject: "Budget" }),
      findings: [
        {
          messageId: "short",
          data: { subject: "Budget" },
          location: { part: "subject", start: 0, end: 6 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
    {
      why: "numbers are not content words: « RE: Budget 2027 » is still too short",
      draft: reply("RE: Budget 2027", PLANNING),
      findings: [
        {
          messageId: "short",
          location: { part: "subject", start: 4, end: 15 },
          fix: {
            kind: "set-subject",
            output: reply("RE: Le planning des astreintes de décembre est validé", PLANNING),
          },
        },
      ],
    },
    {
      why: "a salutation line with names (« Bonjour Paul et Léa, ») is skipped by the suggestion too",
      draft: draft({
        subject: "Point",
        to: [paul, lea],
        body: { html: "<p>Bonjour Paul et Léa,</p><p>Le comité technique est reporté au 14 janvier.</p>" },
      }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 5 },
          fix: {
            kind: "set-subject",
            output: draft({
              subject: "Le comité technique est reporté au 14 janvier",
              to: [paul, lea],
              body: {
                html: "<p>Bonjour Paul et Léa,</p><p>Le comité technique est reporté au 14 janvier.</p>",
              },
            }),
          },
        },
      ],
    },
    {
      why: "a plain-text draft: the suggestion is taken from the new text, above the « -- » signature",
      draft: draft({
        subject: "Rappel",
        body: {
          text: "Bonjour,\n\nLa formation SST du 8 décembre aura lieu en salle 204.\n\n-- \nJeanne Martin\nDRH",
        },
      }),
      findings: [
        {
          messageId: "generic",
          location: { part: "subject", start: 0, end: 6 },
          fix: {
            kind: "set-subject",
            output: draft({
              subject: "La formation SST du 8 décembre aura lieu en salle 204",
              body: {
                text: "Bonjour,\n\nLa formation SST du 8 décembre aura lieu en salle 204.\n\n-- \nJeanne Martin\nDRH",
              },
            }),
          },
        },
      ],
    },
    {
      why: "the suggested subject never copies a social security number, even one the 80-character cut would split",
      draft: draft({
        subject: "Dossier",
        body: {
          html: "<p>Bonjour Paul,</p><p>Merci de corriger dans le dossier de Léa Bernard son numéro de sécu 1 84 12 75 123 456 40 avant vendredi.</p>",
        },
      }),
      findings: [
        {
          messageId: "short",
          location: { part: "subject", start: 0, end: 7 },
          fix: {
            kind: "set-subject",
            output: draft({
              subject: "Merci de corriger dans le dossier de Léa Bernard son numéro de sécu 1 84 12 **…",
              body: {
                html: "<p>Bonjour Paul,</p><p>Merci de corriger dans le dossier de Léa Bernard son numéro de sécu 1 84 12 75 123 456 40 avant vendredi.</p>",
              },
            }),
          },
        },
      ],
    },
    {
      why: "« Thanks! » with nothing but thanks in the body: generic, and there is no sentence to suggest",
      draft: draft({ subject: "Thanks!", body: { html: "<p>Thanks!</p><p>Jeanne</p>" } }),
      findings: [{ messageId: "generic", location: { part: "subject", start: 0, end: 7 }, noFix: true }],
    },
    {
      why: "a subject core of 101 characters is cut off in message lists (info, no fix)",
      draft: draft({ subject: "RE: " + LONG_101, composeType: "reply" }),
      findings: [
        {
          messageId: "long",
          severity: "info",
          data: { length: 101 },
          location: { part: "subject", start: 4, end: 105 },
          noFix: true,
        },
      ],
    },
    {
      why: "the policy's subjectLength threshold replaces 100: 61 characters are too long with a limit of 60",
      draft: draft({ subject: "Data protection trainings for new staff: sessions in December" }),
      policy: { thresholds: { subjectLength: 60 } },
      findings: [
        {
          messageId: "long",
          severity: "info",
          data: { length: 61 },
          location: { part: "subject", start: 0, end: 61 },
          noFix: true,
        },
      ],
    },
    {
      why: "the policy may raise the rule to error: a generic subject then stops the send",
      draft: draft({ subject: "Info" }),
      policy: { rules: { "vague-subject": "error" } },
      findings: [
        {
          messageId: "generic",
          severity: "error",
          location: { part: "subject", start: 0, end: 4 },
          fix: { kind: "set-subject", output: draft({ subject: SUGGESTED }) },
        },
      ],
    },
  ],
});
