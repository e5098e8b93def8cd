import type { Address, Attachment, Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const anneLaure = { name: "Anne-Laure Castan", address: "anne-laure.castan@ville-exemple.fr" };
const paul = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };
const note: Attachment = {
  name: "note-de-service-astreintes.pdf",
  size: 182_000,
  contentType: "application/pdf",
};
const logo: Attachment = {
  name: "logo-ville.png",
  size: 12_000,
  contentType: "image/png",
  inline: true,
  contentId: "logo@ville-exemple.fr",
};

/** A forward by Anne-Laure Castan (Outlook's forward header block, a file attached). */
function forward(to: Address[], overrides: Partial<Draft> = {}): Draft {
  return draft({
    from: anneLaure,
    to,
    subject: "TR: Planning des astreintes de décembre",
    composeType: "forward",
    body: {
      html:
        "<p>Pour mémoire.</p>" +
        '<div id="divRplyFwdMsg"><p><b>De :</b> Service RH &lt;rh@ville-exemple.fr&gt;<br>' +
        "<b>Envoyé :</b> lundi 23 novembre 2026 09:12<br><b>À :</b> Anne-Laure Castan<br>" +
        "<b>Objet :</b> Planning des astreintes de décembre</p></div>" +
        "<p>Bonjour, voici le planning des astreintes.</p>",
    },
    attachments: [note],
    ...overrides,
  });
}

/** A new message: no history, no attachment. */
function fresh(to: Address[], overrides: Partial<Draft> = {}): Draft {
  return draft({
    from: anneLaure,
    to,
    subject: "Planning des astreintes de décembre",
    body: { html: "<p>Bonjour,</p><p>Je regarde le planning ce soir.</p><p>Anne-Laure</p>" },
    composeType: "new",
    ...overrides,
  });
}

const gmail = { address: "annelaure.castan@gmail.com" };
const orange = { address: "castan.al@orange.fr" };
const free = { address: "anne.c75@free.fr" };

const replyWithHistory: Draft = draft({
  from: anneLaure,
  to: [paul, orange],
  subject: "RE: Dossier de Mme Bernard",
  composeType: "reply",
  body: {
    html:
      "<p>Je le relis ce soir.</p>" +
      '<div id="appendonsend"></div><hr id="stopSpelling">' +
      "<p><b>De :</b> Paul Durand<br><b>Envoyé :</b> mardi 24 novembre 2026 08:40<br>" +
      "<b>À :</b> Anne-Laure Castan<br><b>Objet :</b> Dossier de Mme Bernard</p>" +
      "<p>Voici le dossier complet de Mme Bernard.</p>",
  },
});

const plainForward: Draft = draft({
  from: { name: "Anne-Laure Castan", address: "anne-laure.castan@ville-exemple.fr" },
  to: [{ address: "acastan@icloud.com" }],
  subject: "FW: Q4 staffing figures",
  composeType: "reply",
  body: {
    text:
      "For tonight.\n\n-----Original Message-----\nFrom: HR Department\nSent: Monday, November 23, 2026 9:12 AM\n" +
      "To: Anne-Laure Castan\nSubject: Q4 staffing figures\n\nPlease find the figures below.\n",
  },
});

ruleTester("personal-mailbox-export", {
  valid: [
    {
      why: "jeanne.roux@… is not Anne-Laure Castan's, even though 'jeanne' contains 'anne' (RULES.md)",
      draft: forward([{ address: "jeanne.roux@gmail.com" }]),
    },
    {
      why: "her own personal address, but a new message with no history and no attachment exports nothing",
      draft: fresh([gmail]),
    },
    {
      why: "an inline image (the signature logo) is not an attachment being exported",
      draft: fresh([gmail], {
        body: {
          html: '<p>Bonjour,</p><p>À ce soir.</p><p><img src="cid:logo@ville-exemple.fr" alt="Ville"></p>',
        },
        attachments: [logo],
      }),
    },
    {
      why: "her internal address on a subdomain of the organisation is not a personal mailbox",
      draft: forward([{ address: "anne-laure.castan@rh.ville-exemple.fr" }]),
    },
    {
      why: "castan@cabinet-avocats.fr is an external organisation, not a personal webmail domain",
      draft: forward([{ name: "Maître Castan", address: "castan@cabinet-avocats.fr" }]),
    },
    {
      why: "names of 3 letters or more only: Li Wu forwarding to li.wu@gmail.com is not matched",
      draft: forward([{ address: "li.wu@gmail.com" }], {
        from: { name: "Li Wu", address: "li.wu@ville-exemple.fr" },
      }),
    },
    {
      why: "forwarding to a colleague's personal address is not an export of one's own mail",
      draft: forward([{ name: "Paul Durand", address: "paul.durand@gmail.com" }]),
    },
    {
      why: "lauren.smith is another person: the first name 'Laure' must end where the name ends",
      draft: forward([{ name: "Lauren Smith", address: "lauren.smith@gmail.com" }]),
    },
    {
      why: "castanet.paul@… holds another last name that merely begins with 'castan'",
      draft: forward([{ address: "castanet.paul@gmail.com" }]),
    },
    {
      why: "annecy.tourisme@… begins with 'anne' but goes on into another word",
      draft: forward([{ address: "annecy.tourisme@gmail.com" }]),
    },
    {
      why: "Jean Martin replying with history to a citizen, jeanne.roux@…: Jeanne is not Jean",
      draft: forward([{ name: "Jeanne Roux", address: "jeanne.roux@gmail.com" }], {
        from: { name: "Jean Martin", address: "jean.martin@ville-exemple.fr" },
        composeType: "reply",
      }),
    },
    {
      why: "Paul Martin forwarding to l.martinez@…: Martinez is another family name",
      draft: forward([{ address: "l.martinez@orange.fr" }], {
        from: { name: "Paul Martin", address: "paul.martin@ville-exemple.fr" },
      }),
    },
    {
      why: "with no known sender there is no name to compare",
      draft: forward([gmail], { from: undefined }),
    },
  ],
  invalid: [
    {
      why: "a forward (compose type forward) to annelaure.castan@gmail.com: first and last name",
      draft: forward([paul, gmail]),
      findings: [
        {
          messageId: "export",
          data: { address: "annelaure.castan@gmail.com" },
          location: { part: "recipients", field: "to", addresses: ["annelaure.castan@gmail.com"] },
          fix: { kind: "remove-recipients", output: forward([paul]) },
        },
      ],
    },
    {
      why: "a reply that carries the quoted history to castan.al@orange.fr (last name, then initials)",
      draft: replyWithHistory,
      findings: [
        {
          messageId: "export",
          data: { address: "castan.al@orange.fr" },
          location: { part: "recipients", field: "to", addresses: ["castan.al@orange.fr"] },
          fix: { kind: "remove-recipients", output: { ...replyWithHistory, to: [paul] } },
        },
      ],
    },
    {
      why: "a new message with a file attached to anne.c75@free.fr: begins with one part of a compound first name",
      draft: fresh([free], { attachments: [note] }),
      findings: [
        {
          messageId: "export",
          data: { address: "anne.c75@free.fr" },
          location: { part: "recipients", field: "to", addresses: ["anne.c75@free.fr"] },
          fix: { kind: "remove-recipients", output: fresh([], { attachments: [note] }) },
        },
      ],
    },
    {
      why: "laure-castan@hotmail.fr: the second part of the first name and the last name",
      draft: forward([{ address: "laure-castan@hotmail.fr" }]),
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "to", addresses: ["laure-castan@hotmail.fr"] },
          fix: { kind: "remove-recipients", output: forward([]) },
        },
      ],
    },
    {
      why: "a.castan@laposte.net: an initial and the last name",
      draft: forward([paul], { cc: [{ address: "a.castan@laposte.net" }] }),
      findings: [
        {
          messageId: "export",
          data: { address: "a.castan@laposte.net" },
          location: { part: "recipients", field: "cc", addresses: ["a.castan@laposte.net"] },
          fix: { kind: "remove-recipients", output: forward([paul], { cc: [] }) },
        },
      ],
    },
    {
      why: "directory-style display name 'CASTAN Anne-Laure' (address gives no names): annelaure.perso@gmail.com",
      draft: forward([{ address: "annelaure.perso@gmail.com" }], {
        from: { name: "CASTAN Anne-Laure", address: "acastan@ville-exemple.fr" },
      }),
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "to", addresses: ["annelaure.perso@gmail.com"] },
          fix: {
            kind: "remove-recipients",
            output: forward([], { from: { name: "CASTAN Anne-Laure", address: "acastan@ville-exemple.fr" } }),
          },
        },
      ],
    },
    {
      why: "display name 'Castan, Anne-Laure' (last name first, comma): laure75@yahoo.fr",
      draft: forward([{ address: "laure75@yahoo.fr" }], {
        from: { name: "Castan, Anne-Laure", address: "acastan@ville-exemple.fr" },
      }),
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "to", addresses: ["laure75@yahoo.fr"] },
          fix: {
            kind: "remove-recipients",
            output: forward([], {
              from: { name: "Castan, Anne-Laure", address: "acastan@ville-exemple.fr" },
            }),
          },
        },
      ],
    },
    {
      why: "the sender's address alone, without a display name, gives the names: castan.al@orange.fr",
      draft: forward([orange], { from: { address: "anne-laure.castan@ville-exemple.fr" } }),
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "to", addresses: ["castan.al@orange.fr"] },
          fix: {
            kind: "remove-recipients",
            output: forward([], { from: { address: "anne-laure.castan@ville-exemple.fr" } }),
          },
        },
      ],
    },
    {
      why: "hidden in Bcc, the export is the same",
      draft: forward([paul], { bcc: [gmail] }),
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "bcc", addresses: ["annelaure.castan@gmail.com"] },
          fix: { kind: "remove-recipients", output: forward([paul], { bcc: [] }) },
        },
      ],
    },
    {
      why: "English plain-text reply with an '-----Original Message-----' block to acastan@icloud.com",
      draft: plainForward,
      findings: [
        {
          messageId: "export",
          data: { address: "acastan@icloud.com" },
          location: { part: "recipients", field: "to", addresses: ["acastan@icloud.com"] },
          fix: { kind: "remove-recipients", output: { ...plainForward, to: [] } },
        },
      ],
    },
    {
      why: "accents and case do not matter; the finding keeps the address as typed (Hélène Lefèvre)",
      draft: forward([{ address: "Lefevre.Helene@GMAIL.com" }], {
        from: { name: "Hélène Lefèvre", address: "helene.lefevre@ville-exemple.fr" },
      }),
      findings: [
        {
          messageId: "export",
          data: { address: "Lefevre.Helene@GMAIL.com" },
          location: { part: "recipients", field: "to", addresses: ["Lefevre.Helene@GMAIL.com"] },
          fix: {
            kind: "remove-recipients",
            output: forward([], {
              from: { name: "Hélène Lefèvre", address: "helene.lefevre@ville-exemple.fr" },
            }),
          },
        },
      ],
    },
    {
      why: "two personal mailboxes of hers at once: one finding each",
      draft: forward([gmail], { cc: [free] }),
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "to", addresses: ["annelaure.castan@gmail.com"] },
          fix: { kind: "remove-recipients", output: forward([], { cc: [free] }) },
        },
        {
          messageId: "export",
          location: { part: "recipients", field: "cc", addresses: ["anne.c75@free.fr"] },
          fix: { kind: "remove-recipients", output: forward([gmail], { cc: [] }) },
        },
      ],
    },
    {
      why: "a webmail domain the policy adds (personalDomains) counts too: castanal@mailo.com",
      draft: forward([{ address: "castanal@mailo.com" }]),
      policy: { personalDomains: ["mailo.com"] },
      findings: [
        {
          messageId: "export",
          location: { part: "recipients", field: "to", addresses: ["castanal@mailo.com"] },
          fix: { kind: "remove-recipients", output: forward([]) },
        },
      ],
    },
  ],
});
