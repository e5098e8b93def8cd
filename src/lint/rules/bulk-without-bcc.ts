import { localList } from "../i18n";
import { registrableDomain } from "../recipients";
import type { Rule } from "../rule";
import { dict } from "../text/dict";

export const bulkWithoutBcc: Rule = {
  meta: {
    id: "bulk-without-bcc",
    severity: "warning",
    guide: {
      fr: "Guide §7 — « usage du CCI pour les envois multiples »",
      en: "Guide §7 — “use Bcc for bulk sends”",
    },
    description: {
      fr: "Un envoi à de nombreux destinataires externes qui voient tous les adresses les uns des autres.",
      en: "A send to many external recipients who all see each other's addresses.",
    },
    why: {
      fr: "Une adresse électronique est une donnée personnelle : l'exposer à des tiers qui ne se connaissent pas est une divulgation au sens du RGPD. Mettez-les en Cci et vous-même en À.",
      en: "An email address is personal data: showing it to third parties who do not know each other is a disclosure under the GDPR. Put them in Bcc and yourself in To.",
    },
    fixes: ["move-to-bcc"],
    messages: {
      external: {
        fr: "{{count}} destinataires externes ({{domains}}) voient les adresses des autres : mettez-les en Cci.",
        en: "{{count}} external recipients ({{domains}}) see each other's addresses: move them to Bcc.",
      },
      many: {
        fr: "{{count}} destinataires visibles : pour un envoi de masse, préférez le Cci ou une liste de diffusion.",
        en: "{{count}} visible recipients: for a bulk send, prefer Bcc or a mailing list.",
      },
    },
  },
  check(context) {
    const { recipients, policy } = context;
    const external = recipients.visible.filter((r) => !r.internal);
    const domains: string[] = [];
    // A set beside the list: indexOf on the list made 2,000 recipients of as many domains cost 2,000².
    const seen = dict<true>();
    for (const r of external) {
      const d = r.webmail ? r.domain : registrableDomain(r.domain);
      if (seen[d]) continue;
      seen[d] = true;
      domains.push(d);
    }
    // One partner organisation's team already knows each other; a webmail domain is no organisation.
    const onePartner = domains.length === 1 && !recipients.isWebmailDomain(domains[0]);
    if (external.length >= policy.thresholds.bulkExternal && !onePartner) {
      const addresses = external.map((r) => r.address);
      context.report({
        messageId: "external",
        data: { count: external.length, domains: localList(domains) },
        location: { part: "recipients", addresses },
        fixes: [{ kind: "move-to-bcc", addresses, senderToTo: true }],
      });
    } else if (recipients.visible.length >= policy.thresholds.bulk) {
      const addresses = recipients.visible.map((r) => r.address);
      context.report({
        messageId: "many",
        severity: "info",
        data: { count: addresses.length },
        location: { part: "recipients", addresses },
        fixes: [{ kind: "move-to-bcc", addresses, senderToTo: true }],
      });
    }
  },
};
