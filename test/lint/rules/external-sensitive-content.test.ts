import { lint, loadPolicy, type Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const paul = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };
const avocat = { name: "Maître Leroy", address: "m.leroy@cabinet-leroy-avocats.fr" };
const mutuelle = { address: "gestion@mutuelle-exemple.fr" };
const perso = { address: "paul.durand.perso@gmail.com" };
const drh = { address: "carrieres@drh.ville-exemple.fr" };

/** A French draft from the town hall to a colleague, copied to an outside lawyer. */
function fr(text: string, overrides: Partial<Draft> = {}): Draft {
  return draft({
    to: [paul],
    cc: [avocat],
    subject: "Dossier de M. Petit : pièces pour le conseil",
    body: { text },
    ...overrides,
  });
}

const jane = { name: "Jane Martin", address: "jane.martin@city-example.org" };
const colleague = { name: "Paul Durand", address: "paul.durand@city-example.org" };
const insurer = { address: "claims@insurer-example.com" };

/** An English draft to an outside insurer. */
function en(text: string, overrides: Partial<Draft> = {}): Draft {
  return draft({
    from: jane,
    to: [insurer],
    subject: "Claim 2026-118: documents for the file",
    body: { text },
    ...overrides,
  });
}

/** Where `needle` stands in `text` (body offsets of a plain-text body are offsets in its source). */
function span(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
}

const TO_AVOCAT = { fr: "m.leroy@cabinet-leroy-avocats.fr", en: "m.leroy@cabinet-leroy-avocats.fr" };
const TO_INSURER = { fr: "claims@insurer-example.com", en: "claims@insurer-example.com" };
const BODY = { fr: "le corps du message", en: "the body" };
const SUBJECT = { fr: "l'objet", en: "the subject" };
const ATTACHMENT = { fr: "le nom d'une pièce jointe", en: "an attachment name" };

const NIR_TEXT =
  "Bonjour Maître,\n\nLe numéro de sécurité sociale de l'agent est 1 84 12 75 123 456 40.\n\nCordialement,\nJeanne";
const CARD_TEXT =
  "Hello,\n\nPlease charge the registration fee to card 4111 1111 1111 1111, expiry 12/28.\n\nJane";
const PASSPORT_TEXT =
  "Bonjour,\n\nCopie du passeport de M. Diallo, n° 12AB34567, pour la préfecture.\n\nJeanne";
const ID_TEXT = "Hello,\n\nHis ID card number: X4RTBPFW4 (issued 2023).\n\nJane";
const IBAN_TEXT = "Bonjour,\n\nPour le remboursement, IBAN : FR76 3000 6000 0112 3456 7890 189.\n\nJeanne";
const SICK_TEXT = "Hello,\n\nMr Smith has been on sick leave since 2 November.\n\nJane";
const ARRET_TEXT = "Bonjour Maître,\n\nM. Petit est en arrêt maladie jusqu'au 4 décembre.\n\nJeanne";

// Forwarding an HR thread outside: the new text is harmless, the quoted history is not.
const FORWARD_TEXT =
  "Bonjour,\n\nJe vous transfère l'échange ci-dessous pour avis.\n\nJeanne\n\n" +
  "-------- Message d'origine --------\nDe : Paul Durand <paul.durand@ville-exemple.fr>\n" +
  "Envoyé : lundi 23 novembre 2026 17:02\nÀ : Jeanne Martin <jeanne.martin@ville-exemple.fr>\n" +
  "Objet : Situation de M. Petit\n\nJeanne,\nLa rupture conventionnelle de M. Petit sera signée jeudi.\nPaul";

// An Outlook signature with a confidentiality disclaimer: boilerplate, not a marking.
const SIGNATURE_DISCLAIMER =
  '<p>Bonjour,</p><p>Voici le programme du forum de l\'emploi du 3 décembre.</p><div id="Signature">' +
  "<p>Jeanne Martin<br>Direction des ressources humaines</p><p>Ce message et ses pièces jointes sont " +
  "confidentiels et destinés exclusivement à leurs destinataires. Ne pas diffuser.</p></div>";

const OUTLOOK_HISTORY =
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>De :</b> Paul Durand<br><b>Envoyé :</b> lundi 23 novembre 2026 ' +
  "09:12<br><b>À :</b> Jeanne Martin<br><b>Objet :</b> Forum de l'emploi</div>" +
  "<div>Document confidentiel : liste des exposants du forum.</div>";

ruleTester("external-sensitive-content", {
  valid: [
    {
      why: "health data between colleagues of the same domain stays inside",
      draft: fr(ARRET_TEXT, { cc: [] }),
    },
    {
      why: "a subdomain of the sender's domain is internal",
      draft: en("Hello,\n\nYour payslip for October is attached.\n\nJane", {
        from: { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" },
        to: [drh],
      }),
    },
    {
      why: "a domain named internal by the policy is internal, even with a NIR and an HR subject",
      draft: fr("Projet de rupture conventionnelle de l'agent 1 84 12 75 123 456 40.", {
        cc: [{ address: "rh@metropole-exemple.fr" }],
      }),
      policy: { internalDomains: ["metropole-exemple.fr"] },
    },
    {
      why: "« diagnostic amiante » is a building survey, not a medical diagnosis",
      draft: fr(
        "Bonjour,\n\nLe diagnostic amiante du bâtiment B est joint au dossier de consultation.\n\nJeanne",
      ),
    },
    {
      why: "« Mission Handicap » alone is an ordinary service name",
      draft: fr("Bonjour,\n\nLa Mission Handicap tiendra un stand au forum du 3 décembre.\n\nJeanne"),
    },
    {
      why: "« traitement des dossiers » is paperwork, not a medical treatment",
      draft: en(
        "Hello,\n\nLe traitement des dossiers prendra deux semaines. Processing will take two weeks.\n\nJane",
      ),
    },
    {
      why: "« ordonnance du juge » is a court order, not a prescription",
      draft: fr("Maître,\n\nSelon l'ordonnance du juge, la vente du terrain est suspendue.\n\nJeanne"),
    },
    {
      why: "a NIR-shaped number whose key is wrong is not a NIR",
      draft: fr("Référence à rappeler : 1 84 12 75 123 456 41."),
    },
    {
      why: "a Corsican NIR shape (2A) with a wrong key is not a NIR",
      draft: fr("Dossier 2 85 03 2A 004 012 84 à compléter."),
    },
    {
      why: "an IBAN whose checksum fails is a typo or a reference, not bank details (and IBAN alone is no keyword)",
      draft: fr("Bonjour,\n\nIBAN : FR76 3000 6000 0112 3456 7890 188\n\nJeanne"),
    },
    {
      why: "a 16-digit number failing Luhn is not a card number",
      draft: en("Hello,\n\nOur order reference is 4111 1111 1111 1112.\n\nJane"),
    },
    {
      why: "a 9-digit number, or a passport-shaped reference, with no passport / ID-card word near it",
      draft: fr("Bonjour,\n\nDossier n° 123456789, référence 12AB34567.\n\nJeanne"),
    },
    {
      why: "CNIL is not CNI: whole words only",
      draft: fr("Bonjour,\n\nDéclaration CNIL n° X4RTBPFW4 enregistrée.\n\nJeanne"),
    },
    {
      why: "a passport word more than 40 characters away from the number does not qualify it",
      draft: en(
        "Hello,\n\nFor your passport renewal, please bring the appointment letter and quote file 12AB34567.\n\nJane",
      ),
    },
    {
      why: "« confidentiel » only in the signature's disclaimer is boilerplate, not a marking",
      draft: draft({ to: [avocat], body: { html: SIGNATURE_DISCLAIMER } }),
    },
    {
      why: "“Confidential” only below the plain-text signature delimiter is boilerplate",
      draft: en("Hello,\n\nThe forum programme is below.\n\n-- \nJane Martin\nThis e-mail is confidential."),
    },
    {
      why: "« confidentiel » only in the quoted history is not a marking of this message",
      draft: draft({
        to: [avocat],
        body: { html: "<div>Bonjour, voici la liste pour le forum.</div>" + OUTLOOK_HISTORY },
      }),
    },
    {
      why: "whole words only: « ribambelle » is not « RIB »",
      draft: fr("Bonjour,\n\nUne ribambelle d'enfants est attendue à la fête de l'école.\n\nJeanne"),
    },
    {
      why: "« l'enceinte de la mairie » is a place, not a pregnancy",
      draft: fr(
        "Bonjour,\n\nLe stationnement est interdit dans l'enceinte de la mairie le 3 décembre.\n\nJeanne",
      ),
    },
    {
      why: "a hospital's signature citing « secret médical » is boilerplate, not health data",
      draft: draft({
        to: [avocat],
        body: {
          html:
            '<p>Bonjour,</p><p>La réunion du comité est reportée au 10 décembre.</p><div id="Signature">' +
            "<p>Jeanne Martin — CHU d'Exemple</p><p>Ce message peut contenir des informations couvertes par le " +
            "secret médical.</p></div>",
        },
      }),
    },
  ],
  invalid: [
    {
      why: "a NIR sent to an outside lawyer: error, masked; the fix removes only the external Cc",
      draft: fr(NIR_TEXT),
      findings: [
        {
          messageId: "identifier",
          data: {
            what: {
              fr: "un numéro de sécurité sociale (1 84 12 ** *** *** 40)",
              en: "a social security number (1 84 12 ** *** *** 40)",
            },
            where: BODY,
            recipients: TO_AVOCAT,
          },
          location: { part: "body", zone: "new", ...span(NIR_TEXT, "1 84 12 75 123 456 40") },
          fix: { kind: "remove-recipients", output: fr(NIR_TEXT, { cc: [] }) },
        },
      ],
    },
    {
      why: "a Corsican NIR (2A, valid key) written compact in the subject",
      draft: fr("Bonjour,\n\nVoici le dossier.\n\nJeanne", {
        subject: "Dossier de Mme Santoni — NIR 285032A00401285",
      }),
      findings: [
        {
          messageId: "identifier",
          data: { what: { fr: "un numéro de sécurité sociale (2 85 03 ** *** *** 85)" }, where: SUBJECT },
          location: { part: "subject", start: 29, end: 44 },
        },
      ],
    },
    {
      why: "a Corsican NIR (2B, valid key) in an attachment name",
      draft: en("Hello,\n\nPlease find the certificate attached.\n\nJane", {
        attachments: [{ name: "attestation_185022B12304535.pdf", size: 48000 }],
      }),
      findings: [
        {
          messageId: "identifier",
          data: { what: { en: "a social security number (1 85 02 ** *** *** 35)" }, where: ATTACHMENT },
          location: { part: "attachments", names: ["attestation_185022B12304535.pdf"] },
        },
      ],
    },
    {
      why: "a Luhn-valid Visa number sent outside",
      draft: en(CARD_TEXT),
      findings: [
        {
          messageId: "identifier",
          data: {
            what: {
              fr: "un numéro de carte bancaire (**** **** **** 1111)",
              en: "a payment card number (**** **** **** 1111)",
            },
            recipients: TO_INSURER,
          },
          location: { part: "body", zone: "new", ...span(CARD_TEXT, "4111 1111 1111 1111") },
          fix: { kind: "remove-recipients", output: en(CARD_TEXT, { to: [] }) },
        },
      ],
    },
    {
      why: "a passport number next to the word « passeport »",
      draft: fr(PASSPORT_TEXT),
      findings: [
        {
          messageId: "identifier",
          data: { what: { fr: "un numéro de passeport (*******67)", en: "a passport number (*******67)" } },
          location: { part: "body", zone: "new", ...span(PASSPORT_TEXT, "12AB34567") },
        },
      ],
    },
    {
      why: "a new-format identity card number next to “ID card”",
      draft: en(ID_TEXT),
      findings: [
        {
          messageId: "identifier",
          data: { what: { en: "an identity card number (*******W4)" } },
          location: { part: "body", zone: "new", ...span(ID_TEXT, "X4RTBPFW4") },
        },
      ],
    },
    {
      why: "« arrêt maladie » is health data (GDPR art. 9): error",
      draft: fr(ARRET_TEXT),
      findings: [
        {
          messageId: "health",
          data: { what: { fr: "arrêt maladie" }, where: BODY, recipients: TO_AVOCAT },
          location: { part: "body", zone: "new", ...span(ARRET_TEXT, "arrêt maladie") },
          fix: { kind: "remove-recipients", output: fr(ARRET_TEXT, { cc: [] }) },
        },
      ],
    },
    {
      why: "« certificat médical » in the subject",
      draft: fr("Bonjour,\n\nVoici la pièce demandée.\n\nJeanne", {
        subject: "TR: Certificat médical de Mme Roux",
      }),
      findings: [
        {
          messageId: "health",
          data: { what: { fr: "Certificat médical" }, where: SUBJECT },
          location: { part: "subject", start: 4, end: 22 },
        },
      ],
    },
    {
      why: "« RQTH » (disability recognition) is health data",
      draft: fr("Bonjour,\n\nL'agent bénéficie de la RQTH depuis 2024.\n\nJeanne"),
      findings: [
        { messageId: "health", data: { what: { fr: "RQTH" } }, location: { part: "body", zone: "new" } },
      ],
    },
    {
      why: "“sick leave” is health data",
      draft: en(SICK_TEXT),
      findings: [
        {
          messageId: "health",
          data: { what: { en: "sick leave" }, recipients: TO_INSURER },
          location: { part: "body", zone: "new", ...span(SICK_TEXT, "sick leave") },
        },
      ],
    },
    {
      why: "“medical certificate” is health data",
      draft: en("Hello,\n\nThe medical certificate is attached.\n\nJane"),
      findings: [
        { messageId: "health", data: { what: { en: "medical certificate" } }, location: { part: "body" } },
      ],
    },
    {
      why: "« arrêt maladie » in an attachment name, read with _ and digits as separators",
      draft: fr("Bonjour,\n\nCi-joint la pièce.\n\nJeanne", {
        attachments: [{ name: "arret_maladie_2026.pdf", size: 120000 }],
      }),
      findings: [
        {
          messageId: "health",
          data: { what: { fr: "arret_maladie" }, where: ATTACHMENT },
          location: { part: "attachments", names: ["arret_maladie_2026.pdf"] },
        },
      ],
    },
    {
      why: "the same category in the subject and an attachment name: one finding naming both places",
      draft: en("Hello,\n\nSee attached.\n\nJane", {
        subject: "Sick note for Mr Smith",
        attachments: [{ name: "sick-note-smith.pdf" }],
      }),
      findings: [
        {
          messageId: "health",
          data: {
            where: { fr: "l'objet et le nom d'une pièce jointe", en: "the subject and an attachment name" },
          },
          location: { part: "subject", start: 0, end: 9 },
        },
      ],
    },
    {
      why: "union membership is a GDPR special category: error",
      draft: fr("Bonjour,\n\nSon appartenance syndicale n'a pas à figurer au dossier.\n\nJeanne"),
      findings: [
        {
          messageId: "special-category",
          data: { what: { fr: "appartenance syndicale" } },
          location: { part: "body", zone: "new" },
        },
      ],
    },
    {
      why: "a criminal record is a special category",
      draft: en("Hello,\n\nThe applicant's criminal record check came back clear.\n\nJane"),
      findings: [
        {
          messageId: "special-category",
          data: { what: { en: "criminal record" } },
          location: { part: "body" },
        },
      ],
    },
    {
      why: "« rupture conventionnelle » is HR data: warning",
      draft: fr("Maître,\n\nLe projet de rupture conventionnelle de M. Petit est prêt.\n\nJeanne"),
      findings: [
        {
          messageId: "hr",
          severity: "warning",
          data: { what: { fr: "rupture conventionnelle" }, where: BODY },
          location: { part: "body", zone: "new" },
          fix: {
            kind: "remove-recipients",
            output: fr("Maître,\n\nLe projet de rupture conventionnelle de M. Petit est prêt.\n\nJeanne", {
              cc: [],
            }),
          },
        },
      ],
    },
    {
      why: "« bulletin de paie » in an attachment name",
      draft: fr("Bonjour,\n\nVoici la pièce.\n\nJeanne", {
        attachments: [{ name: "bulletin-de-paie-octobre-2026.pdf" }],
      }),
      findings: [
        {
          messageId: "hr",
          severity: "warning",
          data: { where: ATTACHMENT },
          location: { part: "attachments", names: ["bulletin-de-paie-octobre-2026.pdf"] },
        },
      ],
    },
    {
      why: "“payslip” to a personal mailbox",
      draft: en("Hello,\n\nYour October payslip is attached.\n\nJane", { to: [perso] }),
      findings: [
        {
          messageId: "hr",
          severity: "warning",
          data: { what: { en: "payslip" }, recipients: { en: "paul.durand.perso@gmail.com" } },
          location: { part: "body", zone: "new" },
          fix: {
            kind: "remove-recipients",
            output: en("Hello,\n\nYour October payslip is attached.\n\nJane", { to: [] }),
          },
        },
      ],
    },
    {
      why: "a valid IBAN is bank details: warning, masked",
      draft: fr(IBAN_TEXT),
      findings: [
        {
          messageId: "bank",
          severity: "warning",
          data: {
            what: {
              fr: "IBAN FR76 **** **** **** **** **** 189",
              en: "IBAN FR76 **** **** **** **** **** 189",
            },
          },
          location: { part: "body", zone: "new", ...span(IBAN_TEXT, "FR76 3000 6000 0112 3456 7890 189") },
        },
      ],
    },
    {
      why: "« RIB » in the subject",
      draft: fr("Bonjour,\n\nCi-joint.\n\nJeanne", { subject: "RIB de M. Petit pour le remboursement" }),
      findings: [
        {
          messageId: "bank",
          severity: "warning",
          data: { what: { fr: "RIB" }, where: SUBJECT },
          location: { part: "subject", start: 0, end: 3 },
        },
      ],
    },
    {
      why: "« Confidentiel » in the subject is a marking: warning",
      draft: fr("Bonjour,\n\nVoici la note.\n\nJeanne", {
        subject: "Confidentiel : note sur la réorganisation",
      }),
      findings: [
        {
          messageId: "marking",
          severity: "warning",
          data: { what: { fr: "Confidentiel" }, where: SUBJECT },
          location: { part: "subject", start: 0, end: 12 },
        },
      ],
    },
    {
      why: "“Strictly confidential” written in the new text is a marking",
      draft: en("STRICTLY CONFIDENTIAL\n\nHello,\n\nThe draft reorganisation plan is below.\n\nJane"),
      findings: [
        {
          messageId: "marking",
          severity: "warning",
          data: { what: { en: "STRICTLY CONFIDENTIAL" }, where: BODY },
          location: { part: "body", zone: "new", start: 0, end: 21 },
        },
      ],
    },
    {
      why: "« CONFIDENTIEL » in an attachment name is a marking",
      draft: fr("Bonjour,\n\nVoici la note.\n\nJeanne", {
        attachments: [{ name: "Note_CONFIDENTIEL-v2.docx" }],
      }),
      findings: [
        {
          messageId: "marking",
          severity: "warning",
          data: { what: { fr: "CONFIDENTIEL" }, where: ATTACHMENT },
          location: { part: "attachments", names: ["Note_CONFIDENTIEL-v2.docx"] },
        },
      ],
    },
    {
      why: "« secret médical » written in the new text is a marking (warning), not health data",
      draft: fr("Bonjour,\n\nDocument couvert par le secret médical : ne pas transmettre.\n\nJeanne"),
      findings: [
        {
          messageId: "marking",
          severity: "warning",
          data: { what: { fr: "secret médical" } },
          location: { part: "body" },
        },
      ],
    },
    {
      why: "forwarding an HR thread outside: the quoted history counts",
      draft: fr(FORWARD_TEXT, { subject: "TR: Situation de M. Petit" }),
      findings: [
        {
          messageId: "hr",
          severity: "warning",
          data: { what: { fr: "rupture conventionnelle" }, where: BODY },
          location: { part: "body", zone: "quote", ...span(FORWARD_TEXT, "rupture conventionnelle") },
        },
      ],
    },
    {
      why: "the body is read in order: the new text's keyword is the one shown, not the quoted history's",
      draft: fr(
        "Bonjour,\n\nM. Petit est en arrêt maladie.\n\n" +
          FORWARD_TEXT.replace("rupture conventionnelle", "visite médicale"),
        {
          subject: "TR: Situation de M. Petit",
        },
      ),
      findings: [
        {
          messageId: "health",
          data: { what: { fr: "arrêt maladie" }, where: BODY },
          location: { part: "body", zone: "new" },
        },
      ],
    },
    {
      why: "health data in a quoted HTML reply (Outlook header block) counts too",
      draft: en("", {
        body: {
          html:
            "<div>Please see below.</div>" +
            '<div id="divRplyFwdMsg"><b>From:</b> Paul Durand<br><b>Sent:</b> Monday, 23 November 2026 09:12<br>' +
            "<b>To:</b> Jane Martin<br><b>Subject:</b> Absence</div><div>Mr Smith is on sick leave until Friday.</div>",
        },
      }),
      findings: [
        {
          messageId: "health",
          data: { what: { en: "sick leave" } },
          location: { part: "body", zone: "quote" },
        },
      ],
    },
    {
      why: "an external Bcc leaves the organisation too",
      draft: fr(ARRET_TEXT, { cc: [], bcc: [mutuelle] }),
      findings: [
        {
          messageId: "health",
          data: { recipients: { fr: "gestion@mutuelle-exemple.fr", en: "gestion@mutuelle-exemple.fr" } },
          location: { part: "body", zone: "new" },
          fix: { kind: "remove-recipients", output: fr(ARRET_TEXT, { cc: [], bcc: [] }) },
        },
      ],
    },
    {
      why: "externals in To, Cc and Bcc are all listed, each category reported once, and the fix keeps the internals",
      draft: fr("Bulletin de paie, RIB et arrêt maladie de l'agent 1 84 12 75 123 456 40.", {
        subject: "Confidentiel — dossier de M. Petit",
        to: [paul, perso],
        cc: [avocat, drh],
        bcc: [mutuelle],
      }),
      findings: [
        {
          messageId: "identifier",
          data: {
            recipients: {
              fr: "paul.durand.perso@gmail.com, m.leroy@cabinet-leroy-avocats.fr et gestion@mutuelle-exemple.fr",
              en: "paul.durand.perso@gmail.com, m.leroy@cabinet-leroy-avocats.fr and gestion@mutuelle-exemple.fr",
            },
          },
          location: { part: "body", zone: "new" },
          fix: {
            kind: "remove-recipients",
            output: fr("Bulletin de paie, RIB et arrêt maladie de l'agent 1 84 12 75 123 456 40.", {
              subject: "Confidentiel — dossier de M. Petit",
              to: [paul],
              cc: [drh],
              bcc: [],
            }),
          },
        },
        { messageId: "health", location: { part: "body", zone: "new" } },
        { messageId: "marking", severity: "warning", location: { part: "subject", start: 0, end: 12 } },
        { messageId: "hr", severity: "warning", location: { part: "body", start: 0, end: 16 } },
        { messageId: "bank", severity: "warning", location: { part: "body", start: 18, end: 21 } },
      ],
    },
    {
      why: "the same outside address in To and Cc (case differs) is listed once and removed from both",
      draft: en(SICK_TEXT, {
        to: [colleague, insurer],
        cc: [{ address: "Claims@Insurer-Example.com" }],
      }),
      findings: [
        {
          messageId: "health",
          data: { recipients: TO_INSURER },
          location: { part: "body" },
          fix: { kind: "remove-recipients", output: en(SICK_TEXT, { to: [colleague], cc: [] }) },
        },
      ],
    },
  ],
});

describe("external-sensitive-content never repeats an identifier in full", () => {
  const cases: [string, Draft, string][] = [
    ["NIR", fr(NIR_TEXT), "1 84 12 75 123 456 40"],
    ["Corsican NIR", fr("NIR 2 85 03 2A 004 012 85"), "2 85 03 2A 004 012 85"],
    ["card", en(CARD_TEXT), "4111 1111 1111 1111"],
    ["passport", fr(PASSPORT_TEXT), "12AB34567"],
    ["identity card", en(ID_TEXT), "X4RTBPFW4"],
    ["IBAN", fr(IBAN_TEXT), "FR76 3000 6000 0112 3456 7890 189"],
  ];
  it.each(cases)("%s", (_name, d, value) => {
    const findings = lint(d, { policy: loadPolicy({}).policy, only: ["external-sensitive-content"] });
    expect(findings.length).toBeGreaterThan(0);
    const shown = JSON.stringify(findings.map((f) => f.data));
    const compact = value.replace(/[ ]/g, "");
    expect(shown).not.toContain(value);
    expect(shown).not.toContain(compact);
    // No run of 8 characters of the value survives either.
    for (let i = 0; i + 8 <= compact.length; i++)
      expect(shown.replace(/ /g, "")).not.toContain(compact.slice(i, i + 8));
  });
});
