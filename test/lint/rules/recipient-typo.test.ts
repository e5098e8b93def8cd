import type { Address, Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

const me = { name: "Jeanne Martin", address: "jeanne.martin@montpellier.fr" };

/** A message from the city of Montpellier. */
function mail(to: Address[], overrides: Partial<Draft> = {}): Draft {
  return draft({ from: me, to, ...overrides });
}

const paulTypo = { name: "Paul Durand", address: "paul.durand@montpelier.fr" };
const paul = { name: "Paul Durand", address: "paul.durand@montpellier.fr" };

ruleTester("recipient-typo", {
  valid: [
    {
      why: "a hospital's regional group (ght-exemple.fr) is not a typo of the hospital (ch-exemple.fr): 2 edits in a 2-letter name",
      draft: draft({
        from: { address: "dr.martin@ch-exemple.fr" },
        to: [{ address: "secretariat@ght-exemple.fr" }],
      }),
    },
    {
      why: "exact domains: internal, and personal webmail spelled right",
      draft: mail([
        paul,
        { address: "lea.roux@gmail.com" },
        { address: "m.petit@orange.fr" },
        { address: "x@free.fr" },
      ]),
    },
    {
      why: "a real other organisation far from every known domain",
      draft: mail([{ address: "contact@cabinet-conseil.com" }, { address: "accueil@toulouse.fr" }]),
    },
    {
      why: "frea.fx is 7 characters: only distance 1 counts, and it is 2 from free.fr",
      draft: mail([{ address: "contact@frea.fx" }]),
    },
    {
      why: "univ-lyon2.fr and univ-lyon1.fr differ only by a digit: two real universities, not a typo",
      draft: draft({
        from: { name: "Léa Roux", address: "lea.roux@univ-lyon1.fr" },
        to: [{ address: "secretariat@univ-lyon2.fr" }],
      }),
    },
    {
      why: "gmx.de and hotmail.de are real webmail domains, not typos of gmx.fr / hotmail.fr",
      draft: mail([{ address: "k.weber@gmx.de" }, { address: "k.weber@hotmail.de" }]),
    },
    {
      why: "hotmail.it, yahoo.es and outlook.be are the same providers' other countries",
      draft: mail([
        { address: "g.rossi@hotmail.it" },
        { address: "m.garcia@yahoo.es" },
        { address: "l.peeters@outlook.be" },
      ]),
    },
    {
      why: "laposte.fr (La Poste, the company) is three edits from laposte.net",
      draft: mail([{ address: "service.client@laposte.fr" }]),
    },
    {
      why: "umontpellier.fr and montpellier3m.fr are other organisations named after the city, not typos",
      draft: mail([{ address: "scolarite@umontpellier.fr" }, { address: "dechets@montpellier3m.fr" }]),
    },
    {
      why: "a subdomain of the sender's own domain is internal",
      draft: mail([{ address: "recrutement@rh.montpellier.fr" }]),
    },
    {
      why: "a domain the policy declares internal, spelled right",
      draft: mail([{ address: "a.blanc@metropole-exemple.fr" }]),
      policy: { internalDomains: ["metropole-exemple.fr"] },
    },
  ],
  invalid: [
    {
      why: "montpelier.fr when the sender writes from montpellier.fr (distance 1): fix to the right domain",
      draft: mail([paulTypo]),
      findings: [
        {
          messageId: "typo",
          data: { address: "paul.durand@montpelier.fr", suggestion: "paul.durand@montpellier.fr" },
          location: { part: "recipients", field: "to", addresses: ["paul.durand@montpelier.fr"] },
          fix: { kind: "replace-recipient", output: mail([paul]) },
        },
      ],
    },
    {
      why: "gmial.com: two letters swapped in gmail.com",
      draft: mail([{ address: "lea.roux@gmial.com" }]),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "lea.roux@gmail.com" },
          location: { part: "recipients", field: "to", addresses: ["lea.roux@gmial.com"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "lea.roux@gmail.com" }]) },
        },
      ],
    },
    {
      why: "hotmial.fr in Cc: swapped letters in hotmail.fr",
      draft: mail([paul], { cc: [{ name: "Marc Petit", address: "marc.petit@hotmial.fr" }] }),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "marc.petit@hotmail.fr" },
          location: { part: "recipients", field: "cc", addresses: ["marc.petit@hotmial.fr"] },
          fix: {
            kind: "replace-recipient",
            output: mail([paul], { cc: [{ name: "Marc Petit", address: "marc.petit@hotmail.fr" }] }),
          },
        },
      ],
    },
    {
      why: "gmail.con: a slip on the last key",
      draft: mail([{ address: "john.smith@gmail.con" }]),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "john.smith@gmail.com" },
          location: { part: "recipients", field: "to", addresses: ["john.smith@gmail.con"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "john.smith@gmail.com" }]) },
        },
      ],
    },
    {
      why: "yahooo.fr: a doubled letter is a typo, not another name",
      draft: mail([{ address: "nina.leroy@yahooo.fr" }]),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "nina.leroy@yahoo.fr" },
          location: { part: "recipients", field: "to", addresses: ["nina.leroy@yahooo.fr"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "nina.leroy@yahoo.fr" }]) },
        },
      ],
    },
    {
      why: "orage.fr: one letter missing from orange.fr",
      draft: mail([{ address: "m.petit@orage.fr" }]),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "m.petit@orange.fr" },
          location: { part: "recipients", field: "to", addresses: ["m.petit@orage.fr"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "m.petit@orange.fr" }]) },
        },
      ],
    },
    {
      why: "fre.fr is shorter than 8 characters, and distance 1 still counts there",
      draft: mail([{ address: "j.moreau@fre.fr" }]),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "j.moreau@free.fr" },
          location: { part: "recipients", field: "to", addresses: ["j.moreau@fre.fr"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "j.moreau@free.fr" }]) },
        },
      ],
    },
    {
      why: "a typo in the organisation part under a subdomain, in Bcc: rh.montpelier.fr → rh.montpellier.fr",
      draft: mail([paul], { bcc: [{ address: "recrutement@rh.montpelier.fr" }] }),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "recrutement@rh.montpellier.fr" },
          location: { part: "recipients", field: "bcc", addresses: ["recrutement@rh.montpelier.fr"] },
          fix: {
            kind: "replace-recipient",
            output: mail([paul], { bcc: [{ address: "recrutement@rh.montpellier.fr" }] }),
          },
        },
      ],
    },
    {
      why: "a typo of a domain the policy declares internal (metropole-exempel.fr)",
      draft: mail([{ address: "a.blanc@metropole-exempel.fr" }]),
      policy: { internalDomains: ["metropole-exemple.fr"] },
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "a.blanc@metropole-exemple.fr" },
          location: { part: "recipients", field: "to", addresses: ["a.blanc@metropole-exempel.fr"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "a.blanc@metropole-exemple.fr" }]) },
        },
      ],
    },
    {
      why: "laposte.nt: a letter missing from laposte.net",
      draft: mail([{ address: "c.faure@laposte.nt" }]),
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "c.faure@laposte.net" },
          location: { part: "recipients", field: "to", addresses: ["c.faure@laposte.nt"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "c.faure@laposte.net" }]) },
        },
      ],
    },
    {
      why: "the address as typed, in capitals: the suggestion keeps the local part and lowers the domain",
      draft: mail([{ name: "Paul Durand", address: "Paul.Durand@Montpelier.FR" }]),
      findings: [
        {
          messageId: "typo",
          data: { address: "Paul.Durand@Montpelier.FR", suggestion: "Paul.Durand@montpellier.fr" },
          location: { part: "recipients", field: "to", addresses: ["Paul.Durand@Montpelier.FR"] },
          fix: {
            kind: "replace-recipient",
            output: mail([{ name: "Paul Durand", address: "Paul.Durand@montpellier.fr" }]),
          },
        },
      ],
    },
    {
      why: "two mistyped recipients: one finding each, each fix changes only its own address",
      draft: mail([paulTypo, { address: "lea.roux@gmial.com" }]),
      findings: [
        {
          messageId: "typo",
          location: { part: "recipients", field: "to", addresses: ["paul.durand@montpelier.fr"] },
          fix: { kind: "replace-recipient", output: mail([paul, { address: "lea.roux@gmial.com" }]) },
        },
        {
          messageId: "typo",
          location: { part: "recipients", field: "to", addresses: ["lea.roux@gmial.com"] },
          fix: { kind: "replace-recipient", output: mail([paulTypo, { address: "lea.roux@gmail.com" }]) },
        },
      ],
    },
    {
      why: "a personal domain the policy adds (mailo.com) is known too: maillo.com",
      draft: mail([{ address: "t.girard@maillo.com" }]),
      policy: { personalDomains: ["mailo.com"] },
      findings: [
        {
          messageId: "typo",
          data: { suggestion: "t.girard@mailo.com" },
          location: { part: "recipients", field: "to", addresses: ["t.girard@maillo.com"] },
          fix: { kind: "replace-recipient", output: mail([{ address: "t.girard@mailo.com" }]) },
        },
      ],
    },
  ],
});
