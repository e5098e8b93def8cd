import { distance } from "fastest-levenshtein";
import { PERSONAL_WEBMAIL_DOMAINS, registrableDomain } from "../recipients";
import type { Rule } from "../rule";

/** The known domain a recipient's domain is probably a typo of, if any. */
export function likelyDomain(domain: string, known: string[]): string | undefined {
  const max = domain.length < 8 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const k of known) {
    if (k === domain || Math.abs(k.length - domain.length) > max) continue;
    const d = distance(domain, k);
    if (
      d < bestDistance &&
      keepsMostOfOneLabel(domain, k, d) &&
      !onlyDigitsDiffer(domain, k) &&
      !extendsName(domain, k)
    ) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A typo changes one label of the domain and keeps most of it: gmial.com, montpelier.fr, gmail.con. Two
 * short names of one family are not typos of each other: ght-exemple.fr (a hospital group) and
 * ch-exemple.fr (one of its hospitals) differ by 2 in a label of 2–3 letters.
 */
function keepsMostOfOneLabel(a: string, b: string, d: number): boolean {
  const la = a.split(".");
  const lb = b.split(".");
  if (la.length !== lb.length) return true; // an added or lost dot: judged by the distance alone
  let differing = -1;
  for (let i = 0; i < la.length; i++) {
    if (la[i] === lb[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  const x = la[differing];
  const y = lb[differing];
  // Labels joined by a hyphen (ght-exemple) differ only in one part: that part must keep most of itself.
  const px = x.split("-");
  const py = y.split("-");
  let shortest = Math.min(x.length, y.length);
  if (px.length === py.length) {
    for (let i = 0; i < px.length; i++)
      if (px[i] !== py[i]) shortest = Math.min(shortest, px[i].length, py[i].length);
  }
  return d * 2 <= shortest;
}

/** univ-lyon1.fr and univ-lyon2.fr, company.com and company2.com: real, distinct organisations. */
function onlyDigitsDiffer(a: string, b: string): boolean {
  return a.replace(/[0-9]+/g, "") === b.replace(/[0-9]+/g, "");
}

/**
 * umontpellier.fr and montpellier3m.fr are other organisations named after montpellier.fr, not typos:
 * the name is whole, with something added before or after it. A doubled letter (yahooo.fr, ggmail.com) is a typo.
 */
function extendsName(domain: string, known: string): boolean {
  const dot = domain.indexOf(".");
  const kdot = known.indexOf(".");
  if (dot < 0 || kdot < 0 || domain.slice(dot) !== known.slice(kdot)) return false;
  const name = domain.slice(0, dot);
  const k = known.slice(0, kdot);
  if (name.length <= k.length || k.length === 0) return false;
  if (name.indexOf(k) === 0) return name.charAt(k.length) !== k.charAt(k.length - 1);
  if (name.slice(name.length - k.length) === k)
    return name.charAt(name.length - k.length - 1) !== k.charAt(0);
  return false;
}

export const recipientTypo: Rule = {
  meta: {
    id: "recipient-typo",
    severity: "warning",
    guide: {
      fr: "Guide §7 — « double vérification des adresses »",
      en: "Guide §7 — “double-check addresses”",
    },
    description: {
      fr: "Une adresse dont le domaine ressemble à s'y méprendre à un domaine connu (montpelier.fr, gmial.com).",
      en: "An address whose domain is one typo away from a known domain (montpelier.fr, gmial.com).",
    },
    why: {
      fr: "Une faute de frappe dans le domaine envoie le message à un inconnu — parfois à un domaine enregistré exprès pour recueillir ces erreurs. Vérifiez l'adresse avant d'envoyer.",
      en: "A typo in the domain sends the message to a stranger — sometimes to a domain registered precisely to collect such mistakes. Check the address before sending.",
    },
    fixes: ["replace-recipient"],
    messages: {
      typo: {
        fr: "« {{address}} » : vouliez-vous écrire « {{suggestion}} » ?",
        en: "“{{address}}”: did you mean “{{suggestion}}”?",
      },
    },
  },
  check(context) {
    const { recipients, policy } = context;
    const known = recipients.internalDomains.concat(PERSONAL_WEBMAIL_DOMAINS, policy.personalDomains);
    for (const r of recipients.all) {
      if (r.internal || r.webmail || r.domain === "") continue;
      // Compare the organisation's part, keep the recipient's subdomain: rh.montpelier.fr → rh.montpellier.fr.
      const registrable = registrableDomain(r.domain);
      const match =
        likelyDomain(r.domain, known) ||
        (registrable !== r.domain ? likelyDomain(registrable, known) : undefined);
      if (!match) continue;
      const fixedDomain = likelyDomain(r.domain, known)
        ? match
        : r.domain.slice(0, r.domain.length - registrable.length) + match;
      const suggestion = r.address.slice(0, r.address.lastIndexOf("@") + 1) + fixedDomain;
      context.report({
        messageId: "typo",
        data: { address: r.address, suggestion },
        location: { part: "recipients", field: r.field, addresses: [r.address] },
        fixes: [{ kind: "replace-recipient", from: r.address, to: suggestion }],
      });
    }
  },
};
