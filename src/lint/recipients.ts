// Who the draft goes to: visible and hidden recipients, internal or external, personal webmail.
import type { Address, Draft, RecipientField } from "./types";
import { registrableDomain } from "./suffixes/registrable";
import { dict } from "./text/dict";
import { trimEndWhere } from "./text/trim";

/** Consumer mailbox providers (RULES.md); a policy may add more. */
export const PERSONAL_WEBMAIL_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "hotmail.fr",
  "hotmail.com",
  "outlook.fr",
  "outlook.com",
  "live.fr",
  "live.com",
  "msn.com",
  "yahoo.fr",
  "yahoo.com",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "sfr.fr",
  "neuf.fr",
  "club-internet.fr",
  "laposte.net",
  "bbox.fr",
  "numericable.fr",
  "aliceadsl.fr",
  "gmx.fr",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "aol.com",
  "aol.fr",
  "tutanota.com",
  "mail.com",
  "zoho.com",
  "yandex.com",
  "hotmail.co.uk",
  // The same providers' neighbouring-country domains, close enough to hotmail.fr / yahoo.fr / outlook.fr
  // to pass for typos of them (recipient-typo) if they were not listed.
  "hotmail.de",
  "hotmail.be",
  "hotmail.ch",
  "hotmail.it",
  "hotmail.es",
  "hotmail.ca",
  "yahoo.de",
  "yahoo.it",
  "yahoo.es",
  "yahoo.ca",
  "outlook.be",
  "outlook.de",
];

export interface Recipient {
  address: string;
  /** lower case */
  key: string;
  name?: string;
  field: RecipientField;
  domain: string;
  internal: boolean;
  webmail: boolean;
}

export interface Recipients {
  sender?: { address: string; key: string; name?: string; domain: string };
  /** internal domains in force: the policy's plus the sender's registrable domain */
  internalDomains: string[];
  /** To + Cc, distinct, without the sender */
  visible: Recipient[];
  /** To + Cc + Bcc, distinct, without the sender */
  all: Recipient[];
  external: Recipient[];
  isInternalDomain(domain: string): boolean;
  isWebmailDomain(domain: string): boolean;
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return trimEndWhere((at < 0 ? "" : address.slice(at + 1)).trim().toLowerCase(), (c) => c === ".");
}

/** The part of a domain one organisation owns (`rh.ville-lyon.fr` → `ville-lyon.fr`), public-suffix aware. */
export { registrableDomain };

export function classifyRecipients(
  draft: Draft,
  policy: { internalDomains: string[]; personalDomains: string[] },
): Recipients {
  const from = draft.from;
  const sender =
    from && from.address
      ? {
          address: from.address,
          key: from.address.trim().toLowerCase(),
          name: from.name,
          domain: domainOf(from.address),
        }
      : undefined;
  const internalDomains = policy.internalDomains.map((d) => d.trim().toLowerCase().replace(/^@/, ""));
  if (sender && sender.domain) internalDomains.push(registrableDomain(sender.domain));
  const webmail = dict<true>();
  for (const d of PERSONAL_WEBMAIL_DOMAINS.concat(policy.personalDomains)) webmail[d.toLowerCase()] = true;

  const isWebmailDomain = (domain: string) => webmail[domain] === true;
  // A personal webmail domain is never internal, even when the sender writes from one.
  const isInternalDomain = (domain: string) =>
    domain !== "" &&
    !isWebmailDomain(domain) &&
    internalDomains.some((d) => d !== "" && (domain === d || endsWith(domain, "." + d)));
  const sameMailbox = (key: string) => sender !== undefined && key === sender.key;

  const seen = dict<true>();
  const all: Recipient[] = [];
  const visible: Recipient[] = [];
  const fields: [RecipientField, Address[] | undefined][] = [
    ["to", draft.to],
    ["cc", draft.cc],
    ["bcc", draft.bcc],
  ];
  for (const [field, list] of fields) {
    for (const a of list || []) {
      const key = (a.address || "").trim().toLowerCase();
      if (key === "" || seen[key] || sameMailbox(key)) continue;
      seen[key] = true;
      const domain = domainOf(key);
      const r: Recipient = {
        address: a.address.trim(),
        key,
        name: a.name,
        field,
        domain,
        internal: isInternalDomain(domain),
        webmail: isWebmailDomain(domain),
      };
      all.push(r);
      if (field !== "bcc") visible.push(r);
    }
  }
  return {
    sender,
    internalDomains,
    visible,
    all,
    external: all.filter((r) => !r.internal),
    isInternalDomain,
    isWebmailDomain,
  };
}

function endsWith(s: string, suffix: string): boolean {
  return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
}
