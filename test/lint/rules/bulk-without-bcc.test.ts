import { draft, ruleTester } from "../rule-tester";

const partners = [
  "a@asso-quartier.fr",
  "b@gmail.com",
  "c@orange.fr",
  "d@cabinet-conseil.com",
  "e@ecole-voltaire.fr",
].map((address) => ({ address }));
const me = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };
const paul = { name: "Paul Durand", address: "paul.durand@ville-exemple.fr" };
const addresses = (list: { address: string }[]) => list.map((a) => a.address);

/** `n` colleagues of the sender's own organisation. */
const agents = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ address: `agent${i + 1}@ville-exemple.fr` }));

// Five parents of pupils, all on one consumer mailbox provider: they do not know each other.
const gmailParents = ["claire.dupuis", "m.benali", "sandrine.leroy75", "thomas.g", "famille.nguyen"].map(
  (n) => ({
    address: `${n}@gmail.com`,
  }),
);
// A partner organisation's team, across its subdomains.
const metropole = [
  { name: "Direction générale", address: "dgs@metropole-exemple.fr" },
  { address: "anne.roux@rh.metropole-exemple.fr" },
  { address: "k.diallo@dsi.metropole-exemple.fr" },
  { address: "l.morel@metropole-exemple.fr" },
  { address: "s.caron@metropole-exemple.fr" },
];

const invitationEn = {
  subject: "Invitation: data protection day for partner associations — 4 February 2027",
  body: {
    html: "<p>Dear partners,</p><p>You are invited to our data protection day on 4 February 2027.</p>",
  },
};

ruleTester("bulk-without-bcc", {
  valid: [
    {
      why: "four external recipients stay under the default threshold of five",
      draft: draft({ to: partners.slice(0, 4) }),
    },
    {
      why: "five people of one partner organisation already know each other",
      draft: draft({
        to: ["a", "b", "c", "d", "e"].map((n) => ({ address: `${n}@metropole-exemple.fr` })),
      }),
    },
    {
      why: "one partner organisation across its subdomains (dgs., rh., dsi.) is still one organisation",
      draft: draft({ ...invitationEn, to: metropole }),
    },
    {
      why: "a subdomain of the sender's organisation (rh.ville-exemple.fr) is internal: only four are external",
      draft: draft({ to: [{ address: "drh@rh.ville-exemple.fr" }].concat(partners.slice(0, 4)) }),
    },
    {
      why: "the policy's internalDomains make the metropole internal: three external recipients are left",
      draft: draft({ to: metropole.slice(0, 2).concat(partners.slice(0, 3)) }),
      policy: { internalDomains: ["metropole-exemple.fr"] },
    },
    {
      why: "the same address twice, with other capitals, counts once: still four external",
      draft: draft({ to: partners.slice(0, 4), cc: [{ address: "A@Asso-Quartier.FR" }] }),
    },
    {
      why: "the sender's own address (other capitals) is never a recipient: still four external",
      draft: draft({ to: partners.slice(0, 4).concat([{ address: "Jeanne.Martin@Ville-Exemple.fr" }]) }),
    },
    {
      why: "recipients in Bcc are not visible: the sender in To and thirty parents in Bcc is the good practice",
      draft: draft({
        ...invitationEn,
        to: [me],
        bcc: Array.from({ length: 30 }, (_, i) => ({ address: `parent${i + 1}@gmail.com` })),
      }),
    },
    {
      why: "24 visible internal recipients stay under the default threshold of 25",
      draft: draft({ to: agents(24) }),
    },
    {
      why: "the policy may raise the external threshold: five external under bulkExternal 6",
      draft: draft({ ...invitationEn, to: partners }),
      policy: { thresholds: { bulkExternal: 6 } },
    },
  ],
  invalid: [
    {
      why: "five external addresses of different organisations are exposed to each other",
      draft: draft({ to: partners }),
      findings: [
        {
          messageId: "external",
          location: { part: "recipients", addresses: partners.map((p) => p.address) },
          fix: {
            kind: "move-to-bcc",
            output: draft({ to: [me], bcc: partners }),
          },
        },
      ],
    },
    {
      why: "five parents on gmail.com are not « one partner organisation »: a webmail domain is no organisation",
      draft: draft({ ...invitationEn, to: gmailParents }),
      findings: [
        {
          messageId: "external",
          data: { count: 5 },
          location: { part: "recipients", addresses: addresses(gmailParents) },
          fix: { kind: "move-to-bcc", output: draft({ ...invitationEn, to: [me], bcc: gmailParents }) },
        },
      ],
    },
    {
      why: "five subscribers of one French ISP (orange.fr) do not know each other either",
      draft: draft({
        to: ["j.petit", "mlefevre", "famille.roux", "p.henry", "a.girard"].map((n) => ({
          address: `${n}@orange.fr`,
        })),
      }),
      findings: [
        {
          messageId: "external",
          location: { part: "recipients" },
          fix: {
            kind: "move-to-bcc",
            output: draft({
              to: [me],
              bcc: ["j.petit", "mlefevre", "famille.roux", "p.henry", "a.girard"].map((n) => ({
                address: `${n}@orange.fr`,
              })),
            }),
          },
        },
      ],
    },
    {
      why: "externals in To and Cc add up to five; internal colleagues stay visible and the sender goes first in To",
      draft: draft({ to: [paul, ...partners.slice(0, 2)], cc: partners.slice(2) }),
      findings: [
        {
          messageId: "external",
          location: { part: "recipients", addresses: addresses(partners) },
          fix: { kind: "move-to-bcc", output: draft({ to: [me, paul], cc: [], bcc: partners }) },
        },
      ],
    },
    {
      why: "a partner's team plus one personal address are two domains: the partner exception no longer holds",
      draft: draft({ ...invitationEn, to: metropole.concat([{ address: "benevole.asso@hotmail.fr" }]) }),
      findings: [
        {
          messageId: "external",
          data: { count: 6 },
          location: {
            part: "recipients",
            addresses: addresses(metropole).concat(["benevole.asso@hotmail.fr"]),
          },
          fix: {
            kind: "move-to-bcc",
            output: draft({
              ...invitationEn,
              to: [me],
              bcc: metropole.concat([{ address: "benevole.asso@hotmail.fr" }]),
            }),
          },
        },
      ],
    },
    {
      why: "without the policy's internalDomains the metropole is external: five external of several domains",
      draft: draft({ to: metropole.slice(0, 2).concat(partners.slice(0, 3)) }),
      findings: [
        {
          messageId: "external",
          location: {
            part: "recipients",
            addresses: addresses(metropole.slice(0, 2).concat(partners.slice(0, 3))),
          },
          fix: {
            kind: "move-to-bcc",
            output: draft({ to: [me], bcc: metropole.slice(0, 2).concat(partners.slice(0, 3)) }),
          },
        },
      ],
    },
    {
      why: "the policy's bulkExternal threshold replaces 5: three external reach a threshold of 3",
      draft: draft({ ...invitationEn, to: partners.slice(0, 3) }),
      policy: { thresholds: { bulkExternal: 3 } },
      findings: [
        {
          messageId: "external",
          data: { count: 3 },
          location: { part: "recipients", addresses: addresses(partners.slice(0, 3)) },
          fix: {
            kind: "move-to-bcc",
            output: draft({ ...invitationEn, to: [me], bcc: partners.slice(0, 3) }),
          },
        },
      ],
    },
    {
      why: "the policy may raise the rule to error: the disclosure then stops the send",
      draft: draft({ to: partners }),
      policy: { rules: { "bulk-without-bcc": "error" } },
      findings: [
        {
          messageId: "external",
          severity: "error",
          location: { part: "recipients", addresses: addresses(partners) },
          fix: { kind: "move-to-bcc", output: draft({ to: [me], bcc: partners }) },
        },
      ],
    },
    {
      why: "an external already in Bcc and again in To is moved once; the sender already in To is not added twice",
      draft: draft({ to: [me, ...partners], bcc: [{ address: "A@asso-quartier.fr" }] }),
      findings: [
        {
          messageId: "external",
          location: { part: "recipients", addresses: addresses(partners) },
          fix: {
            kind: "move-to-bcc",
            output: draft({ to: [me], bcc: [{ address: "A@asso-quartier.fr" }].concat(partners.slice(1)) }),
          },
        },
      ],
    },
    {
      why: "25 visible internal recipients reach the bulk threshold: info, prefer Bcc or a mailing list",
      draft: draft({ to: agents(25) }),
      findings: [
        {
          messageId: "many",
          severity: "info",
          data: { count: 25 },
          location: { part: "recipients", addresses: addresses(agents(25)) },
          fix: { kind: "move-to-bcc", output: draft({ to: [me], bcc: agents(25) }) },
        },
      ],
    },
    {
      why: "21 internal and 4 external (under the external threshold) still make 25 visible recipients",
      draft: draft({ ...invitationEn, to: agents(21), cc: partners.slice(0, 4) }),
      findings: [
        {
          messageId: "many",
          severity: "info",
          data: { count: 25 },
          location: { part: "recipients" },
          fix: {
            kind: "move-to-bcc",
            output: draft({
              ...invitationEn,
              to: [me],
              cc: [],
              bcc: agents(21).concat(partners.slice(0, 4)),
            }),
          },
        },
      ],
    },
    {
      why: "the info keeps its severity when the policy raises the rule, and follows the policy's bulk threshold",
      draft: draft({ to: agents(10) }),
      policy: { thresholds: { bulk: 10 }, rules: { "bulk-without-bcc": "error" } },
      findings: [
        {
          messageId: "many",
          severity: "info",
          data: { count: 10 },
          location: { part: "recipients", addresses: addresses(agents(10)) },
          fix: { kind: "move-to-bcc", output: draft({ to: [me], bcc: agents(10) }) },
        },
      ],
    },
  ],
});
