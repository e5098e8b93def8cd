// The preview's gallery: one draft per rule that triggers it, in French or English, and two drafts with nothing to
// report. Borrowed from the rules' test tables (test/lint/rules/*.test.ts); test/preview/samples.test.ts checks
// that each one still triggers its rule, and test/browser/ that the pane shows it.
import type { Address, Draft, LocalText } from "../lint";

export interface Sample {
  id: string;
  /** the language the mail is written in */
  lang: "fr" | "en";
  title: LocalText;
  /** the rule the sample is there for; none for the clean ones */
  rule?: string;
  draft: Draft;
}

const JEANNE: Address = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };
const PAUL: Address = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };
const LEA: Address = { name: "Léa Blanc", address: "lea.blanc@ville-exemple.fr" };
const MARC: Address = { name: "Marc Roux", address: "marc.roux@ville-exemple.fr" };
const JANE: Address = { name: "Jane Carter", address: "jane.carter@city-example.org" };
const TOM: Address = { name: "Tom Baker", address: "tom.baker@city-example.org" };

/** Tuesday 24 November 2026, 10:00 in Paris: inside working hours. */
const TUESDAY_10 = "2026-11-24T10:00:00+01:00";

const html = (...paragraphs: string[]) => ({ html: paragraphs.map((p) => `<p>${p}</p>`).join("") });

/** `attachments: []` means none: left out, as the compose form leaves it out. */
function withoutEmpty(draft: Draft): Draft {
  if (draft.attachments && draft.attachments.length === 0) delete draft.attachments;
  return draft;
}

function fr(overrides: Partial<Draft>): Draft {
  return withoutEmpty({
    from: JEANNE,
    to: [PAUL],
    subject: "Budget 2027 du service culture : validation avant le 12 décembre",
    body: html("Bonjour Paul,", "Peux-tu valider le budget joint avant le 12 décembre ?", "Jeanne"),
    attachments: [{ name: "budget-culture-2027.xlsx", size: 20480 }],
    composeType: "new",
    sendAt: TUESDAY_10,
    timeZone: "Europe/Paris",
    ...overrides,
  });
}

function en(overrides: Partial<Draft>): Draft {
  return withoutEmpty({
    from: JANE,
    to: [TOM],
    subject: "Library opening hours for 2027: your comments by 10 December",
    body: html(
      "Hello Tom,",
      "Could you review the attached proposal for the library's 2027 opening hours by 10 December?",
      "Jane",
    ),
    attachments: [{ name: "library-opening-hours-2027.docx", size: 31744 }],
    composeType: "new",
    sendAt: TUESDAY_10,
    timeZone: "Europe/Paris",
    ...overrides,
  });
}

const LONG_PARAGRAPH =
  "The committee reviewed each of the forty-two applications received this autumn, heard the applicants who " +
  "asked to present their project, and compared the budgets with the grants of previous years. Several projects " +
  "share the same venues and dates, so the committee suggests that the associations concerned meet before the " +
  "final decision to agree on a common calendar, which would also reduce the cost of hiring equipment.";

export const SAMPLES: Sample[] = [
  {
    id: "clean-fr",
    lang: "fr",
    title: { fr: "Validation du budget (rien à signaler)", en: "Budget approval (nothing to report)" },
    draft: fr({}),
  },
  {
    id: "clean-en",
    lang: "en",
    title: { fr: "Horaires de la bibliothèque (rien à signaler)", en: "Library hours (nothing to report)" },
    draft: en({}),
  },
  {
    id: "external-sensitive-content",
    lang: "fr",
    rule: "external-sensitive-content",
    title: { fr: "Arrêt maladie envoyé à un avocat", en: "Sick leave sent to a lawyer" },
    draft: fr({
      to: [PAUL],
      cc: [{ name: "Maître Leroy", address: "m.leroy@cabinet-leroy-avocats.fr" }],
      subject: "Dossier de M. Petit : pièces pour le conseil du 3 décembre",
      body: html(
        "Bonjour Maître,",
        "M. Petit est en arrêt maladie jusqu'au 4 décembre ; vous trouverez son dossier ci-joint.",
        "Cordialement,<br>Jeanne Martin",
      ),
      attachments: [{ name: "dossier-petit-conseil.pdf", size: 182000 }],
    }),
  },
  {
    id: "credential-in-body",
    lang: "en",
    rule: "credential-in-body",
    title: { fr: "Mot de passe écrit en clair", en: "Password written in clear" },
    draft: en({
      subject: "Access to the shared planning folder for the winter festival",
      body: html(
        "Hello Tom,",
        "The planning folder is on the shared drive. Your password is Welcome1! and you can change it after the first login.",
        "Jane",
      ),
      attachments: [],
    }),
  },
  {
    id: "recipient-typo",
    lang: "fr",
    rule: "recipient-typo",
    title: { fr: "Faute de frappe dans une adresse", en: "Typo in an address" },
    draft: fr({
      from: { name: "Jeanne Martin", address: "jeanne.martin@montpellier.fr" },
      to: [{ name: "Paul Durand", address: "paul.durand@montpelier.fr" }],
    }),
  },
  {
    id: "personal-mailbox-export",
    lang: "fr",
    rule: "personal-mailbox-export",
    title: { fr: "Transfert vers sa messagerie personnelle", en: "Forward to one's own webmail" },
    draft: fr({
      from: { name: "Anne-Laure Castan", address: "annelaure.castan@ville-exemple.fr" },
      to: [{ address: "annelaure.castan@gmail.com" }],
      subject: "TR: Planning des astreintes de décembre",
      composeType: "forward",
      body: {
        html:
          "<p>Pour consulter ce week-end.</p>" +
          "<p>-------- Message transféré --------<br>De : Paul Durand<br>Objet : Planning des astreintes de décembre</p>" +
          "<p>Bonjour à tous, voici le planning des astreintes de décembre.</p>",
      },
      attachments: [{ name: "planning-astreintes-decembre.xlsx", size: 40960 }],
    }),
  },
  {
    id: "bulk-without-bcc",
    lang: "fr",
    rule: "bulk-without-bcc",
    title: { fr: "Six personnes extérieures en À", en: "Six outside people in To" },
    draft: fr({
      to: [
        { name: "Alice Bernard", address: "alice.bernard@gmail.com" },
        { address: "b.petit@orange.fr" },
        { address: "claire@asso-quartier.fr" },
        { address: "d.moreau@laposte.net" },
        { address: "eric.leroy@entreprise-exemple.com" },
        { address: "f.girard@yahoo.fr" },
      ],
      subject: "Réunion publique du quartier Nord : compte rendu du 20 novembre",
      body: html(
        "Madame, Monsieur,",
        "Voici le compte rendu de la réunion publique du 20 novembre.",
        "Jeanne Martin",
      ),
      attachments: [{ name: "compte-rendu-reunion-20-novembre.pdf", size: 30720 }],
    }),
  },
  {
    id: "forgotten-attachment",
    lang: "en",
    rule: "forgotten-attachment",
    title: { fr: "Pièce jointe annoncée mais absente", en: "Attachment announced but missing" },
    draft: en({
      subject: "Minutes of the 19 November staff meeting",
      body: html(
        "Hello Tom,",
        "Please find attached the minutes of the staff meeting of 19 November.",
        "Jane",
      ),
      attachments: [],
    }),
  },
  {
    id: "risky-attachment",
    lang: "fr",
    rule: "risky-attachment",
    title: { fr: "Programme en pièce jointe", en: "Program attached" },
    draft: fr({
      subject: "Outil de saisie des congés : installation sur ton poste",
      body: html("Bonjour Paul,", "Voici l'outil de saisie des congés à installer sur ton poste.", "Jeanne"),
      attachments: [{ name: "saisie-conges-setup.exe", size: 2400000 }],
    }),
  },
  {
    id: "reply-all-overuse",
    lang: "fr",
    rule: "reply-all-overuse",
    title: { fr: "Répondre à tous pour dire merci", en: "Reply all to say thanks" },
    draft: fr({
      composeType: "reply",
      subject: "RE: Budget 2027 du service culture",
      to: [PAUL],
      cc: [LEA, MARC],
      body: html("Merci Paul !"),
      attachments: [],
    }),
  },
  {
    id: "vague-subject",
    lang: "fr",
    rule: "vague-subject",
    title: { fr: "Objet trop vague", en: "Vague subject" },
    draft: fr({
      subject: "Question",
      body: html(
        "Bonjour Paul,",
        "Peux-tu valider le budget de la fête de la musique avant jeudi ?",
        "Jeanne",
      ),
      attachments: [],
    }),
  },
  {
    id: "after-hours-send",
    lang: "fr",
    rule: "after-hours-send",
    title: { fr: "Envoi un vendredi soir", en: "Sent on a Friday evening" },
    draft: fr({
      subject: "Relecture du rapport d'activité 2026 avant lundi midi",
      body: html("Bonjour Paul,", "Peux-tu relire le rapport d'activité joint avant lundi midi ?", "Jeanne"),
      attachments: [{ name: "rapport-activite-2026.docx", size: 51200 }],
      sendAt: "2026-11-27T21:40:00+01:00",
    }),
  },
  {
    id: "image-missing-alt",
    lang: "fr",
    rule: "image-missing-alt",
    title: { fr: "Image sans texte alternatif", en: "Image without alternative text" },
    draft: fr({
      subject: "Plan du nouveau parking de la mairie : validation avant vendredi",
      body: {
        html:
          "<p>Bonjour Paul,</p><p>Voici le plan du nouveau parking de la mairie, à valider avant vendredi.</p>" +
          '<p><img src="cid:plan-parking.png" width="400" height="300"></p><p>Jeanne</p>',
      },
      attachments: [{ name: "plan-parking.png", size: 81920, inline: true, contentId: "plan-parking.png" }],
    }),
  },
  {
    id: "image-only-body",
    lang: "en",
    rule: "image-only-body",
    title: { fr: "Affiche sans texte", en: "Poster without text" },
    draft: en({
      subject: "Winter festival poster for the noticeboards",
      body: {
        html: '<p>See below.</p><p><img src="cid:winter-festival-poster.png" alt="Winter festival poster"></p>',
      },
      attachments: [
        {
          name: "winter-festival-poster.png",
          size: 204800,
          inline: true,
          contentId: "winter-festival-poster.png",
        },
      ],
    }),
  },
  {
    id: "long-thread",
    lang: "en",
    rule: "long-thread",
    title: { fr: "Fil de discussion trop long", en: "Thread grown too long" },
    draft: en({
      composeType: "reply",
      subject: "RE: RE: FW: RE: Library opening hours for 2027",
      body: html("Hello Tom,", "The Saturday hours are fine with me; let us keep 10:00 to 18:00.", "Jane"),
      attachments: [],
    }),
  },
  {
    id: "vague-attachment-name",
    lang: "en",
    rule: "vague-attachment-name",
    title: { fr: "Pièce jointe au nom générique", en: "Attachment with a generic name" },
    draft: en({
      attachments: [{ name: "scan0001.pdf", size: 412000 }],
    }),
  },
  {
    id: "non-descriptive-link",
    lang: "fr",
    rule: "non-descriptive-link",
    title: { fr: "Lien « cliquez ici »", en: "“Click here” link" },
    draft: fr({
      subject: "Inscriptions à la formation RGPD du 15 décembre",
      body: {
        html:
          "<p>Bonjour à tous,</p><p>Pour vous inscrire à la formation RGPD du 15 décembre, " +
          '<a href="https://intranet.ville-exemple.fr/formations/rgpd">cliquez ici</a>.</p><p>Jeanne</p>',
      },
      attachments: [],
    }),
  },
  {
    id: "all-caps",
    lang: "en",
    rule: "all-caps",
    title: { fr: "Objet en majuscules", en: "Subject in capitals" },
    draft: en({
      subject: "URGENT: LIBRARY CLOSED ON MONDAY FOR MAINTENANCE",
      body: html(
        "Hello Tom,",
        "The library will be closed on Monday 30 November for maintenance of the heating system.",
        "Jane",
      ),
      attachments: [],
    }),
  },
  {
    id: "long-message",
    lang: "en",
    rule: "long-message",
    title: { fr: "Message très long", en: "Very long message" },
    draft: en({
      subject: "Cultural grants 2027: the committee's opinion on the applications",
      body: html(
        "Hello Tom,",
        LONG_PARAGRAPH,
        LONG_PARAGRAPH,
        LONG_PARAGRAPH,
        LONG_PARAGRAPH,
        LONG_PARAGRAPH,
        LONG_PARAGRAPH,
        LONG_PARAGRAPH,
        "Jane",
      ),
      attachments: [],
    }),
  },
];

export const SAMPLES_BY_ID: { [id: string]: Sample } = {};
for (const s of SAMPLES) SAMPLES_BY_ID[s.id] = s;
