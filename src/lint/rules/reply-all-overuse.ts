import { onlyPhrases, tokenize } from "../text/words";
import type { Rule, RuleContext } from "../rule";
import { dict } from "../text/dict";

const MAX_ACK_WORDS = 15;

/** The words of the names of the sender and of the visible recipients: "Merci Paul !", "Bien reçu. Jeanne". */
function nameWords(context: RuleContext): { [word: string]: true } {
  const { sender, visible } = context.recipients;
  const people: { name?: string; address: string }[] = visible.slice();
  if (sender) people.push(sender);
  const names = dict<true>();
  for (const p of people) {
    const local = p.address.slice(0, Math.max(0, p.address.indexOf("@")));
    const words = tokenize((p.name || "") + " " + local);
    for (let i = 0; i < words.length; i++)
      if (words.end(i) - words.start(i) >= 2) names[words.word(i)] = true;
  }
  return names;
}

export const replyAllOveruse: Rule = {
  meta: {
    id: "reply-all-overuse",
    severity: "warning",
    guide: {
      fr: "Guide §8 — « Répondre à tous : à utiliser avec parcimonie »",
      en: "Guide §8 — “Reply all: use sparingly”",
    },
    description: {
      fr: "Une réponse à tous qui ne fait que remercier ou accuser réception, ou qui s'adresse à beaucoup de monde.",
      en: "A reply-all that only thanks or acknowledges, or that goes to many people.",
    },
    why: {
      fr: "Chaque « Répondre à tous » arrive dans toutes les boîtes : un simple merci interrompt chacun pour rien. Répondez à l'expéditeur seul quand les autres n'ont pas besoin de l'information.",
      en: "Every reply-all lands in every mailbox: a plain thank-you interrupts everyone for nothing. Answer the sender alone when the others do not need the information.",
    },
    fixes: ["remove-recipients"],
    messages: {
      acknowledgement: {
        fr: "Réponse à {{count}} destinataires qui ne fait qu'accuser réception : répondez à {{sender}} seul.",
        en: "Reply to {{count}} recipients that only acknowledges: answer {{sender}} alone.",
      },
      many: {
        fr: "Réponse à tous ({{count}} destinataires visibles) : tous ont-ils besoin de cette réponse ?",
        en: "Reply-all to {{count}} visible recipients: do they all need this answer?",
      },
    },
  },
  check(context) {
    const { draft, recipients, body, keywords, policy } = context;
    const visible = recipients.visible;
    if (draft.composeType !== "reply" || visible.length < 2) return;
    // The person answered is the first To recipient; the others are the "all" of the reply-all.
    const answered = visible[0].field === "to" ? visible[0] : undefined;
    const others = visible.filter((r) => r !== answered).map((r) => r.address);
    const fixes = answered ? [{ kind: "remove-recipients" as const, addresses: others }] : [];
    const location = { part: "recipients" as const, addresses: others };
    const words = body.tokensIn(["new"]);
    // Emoji are no words (see isWordChar): a reply of "👍" alone has text but no words.
    const written = () => body.textIn(["new"]).trim() !== "";
    // Greetings and sign-offs name people: those names are part of the acknowledgement.
    const acknowledges = () => {
      const names = nameWords(context);
      const said = words.filter((i) => !names[words.word(i)]);
      return onlyPhrases(said, keywords.acknowledgement);
    };
    const person = answered || visible[0];
    const data = { count: visible.length, sender: person.name || person.address };
    if (words.length <= MAX_ACK_WORDS && written() && acknowledges()) {
      context.report({ messageId: "acknowledgement", data, location, fixes });
    } else if (visible.length >= policy.thresholds.replyAll) {
      context.report({ messageId: "many", severity: "info", data, location, fixes });
    }
  },
};
