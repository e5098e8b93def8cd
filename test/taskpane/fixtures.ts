// Drafts that trigger one rule each, and a fixed clock; no React here, so Node-only tests can use them too.
import { loadPolicy, type Address, type Draft } from "../../src/lint";

/** Tuesday 24 November 2026, 10:00 in Paris: inside working hours. */
export const TUESDAY_10 = Date.parse("2026-11-24T10:00:00+01:00");
/** Friday 27 November 2026, 21:40 in Paris: after hours; the next slot is Monday 30 November 08:00. */
export const FRIDAY_2140 = Date.parse("2026-11-27T21:40:00+01:00");

export const POLICY = loadPolicy({ timeZone: "Europe/Paris" }).policy;

export const SENDER: Address = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };
export const PAUL: Address = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };

/** A plain draft that no rule minds (at TUESDAY_10). */
export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    from: SENDER,
    to: [PAUL],
    subject: "Budget 2027 du service culture : validation avant le 12 décembre",
    body: {
      html: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget joint avant le 12 décembre ?</p><p>Jeanne</p>",
    },
    attachments: [{ name: "budget-culture-2027.xlsx", size: 20000 }],
    composeType: "new",
    ...overrides,
  };
}

/** Six external people from different organisations in To: bulk-without-bcc (warning), fix move-to-bcc. */
export const EXTERNALS: Address[] = [
  { name: "Alice Bernard", address: "alice.bernard@gmail.com" },
  { address: "b.petit@orange.fr" },
  { address: "claire@asso-quartier.fr" },
  { address: "d.moreau@laposte.net" },
  { address: "eric.leroy@entreprise-exemple.com" },
  { address: "f.girard@yahoo.fr" },
];
export const bulkDraft = () =>
  draft({
    to: EXTERNALS,
    subject: "Réunion publique du quartier Nord : compte rendu du 20 novembre",
    body: {
      html: "<p>Madame, Monsieur,</p><p>Voici le compte rendu de la réunion publique du 20 novembre.</p>",
    },
    attachments: [{ name: "compte-rendu-reunion-20-novembre.pdf", size: 30000 }],
  });

export const imageDraft = () =>
  draft({
    body: {
      html:
        "<p>Bonjour Paul,</p><p>Voici le plan du nouveau parking de la mairie, à valider avant vendredi.</p>" +
        '<p><img src="cid:plan-parking.png" width="400" height="300"></p><p>Jeanne</p>',
    },
  });

export const vagueSubjectDraft = () =>
  draft({
    subject: "Question",
    body: {
      html: "<p>Bonjour Paul,</p><p>Peux-tu valider le budget de la fête de la musique avant jeudi ?</p><p>Jeanne</p>",
    },
  });

/** A reply-all that only says thanks: reply-all-overuse, fix "keep only Paul Durand". */
export const replyAllDraft = () =>
  draft({
    composeType: "reply",
    subject: "RE: Budget 2027 du service culture",
    to: [PAUL],
    cc: [
      { name: "Léa Blanc", address: "lea.blanc@ville-exemple.fr" },
      { name: "Marc Roux", address: "marc.roux@ville-exemple.fr" },
    ],
    body: { html: "<p>Merci Paul !</p>" },
    attachments: [],
  });
