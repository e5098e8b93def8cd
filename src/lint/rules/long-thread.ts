import type { Rule } from "../rule";
import { collapsePrefixes } from "../subject";

export const longThread: Rule = {
  meta: {
    id: "long-thread",
    severity: "info",
    guide: {
      fr: "Guide §8 — « évitez les fils interminables. Quand un sujet change, ouvrez un nouveau message. »",
      en: "Guide §8 — “avoid endless threads. When the topic changes, start a new message.”",
    },
    description: {
      fr: "Un fil trop long : préfixes RE/TR empilés dans l'objet, ou de nombreux messages cités.",
      en: "A thread grown too long: stacked RE/FW prefixes in the subject, or many quoted messages.",
    },
    why: {
      fr: "Dans un long fil, l'information utile se perd et l'historique cité circule vers des personnes qui n'avaient pas à le lire. Résumez et repartez d'un nouveau message quand le sujet change.",
      en: "In a long thread the useful information gets lost, and quoted history travels to people who had no need to read it. Summarise, and start a new message when the topic changes.",
    },
    fixes: ["set-subject"],
    messages: {
      prefixes: {
        fr: "L'objet empile {{count}} préfixes de réponse ou de transfert : simplifiez-le.",
        en: "The subject stacks {{count}} reply or forward prefixes: simplify it.",
      },
      history: {
        fr: "Le message cite {{count}} messages précédents : résumez l'essentiel ou ouvrez un nouveau message.",
        en: "The message quotes {{count}} earlier messages: summarise the essentials or start a new message.",
      },
    },
  },
  check(context) {
    const { subject, body, policy } = context;
    if (subject.prefixes.length >= policy.thresholds.threadPrefixes) {
      context.report({
        messageId: "prefixes",
        data: { count: subject.prefixes.length },
        location: { part: "subject", start: 0, end: subject.coreStart },
        fixes: [{ kind: "set-subject", subject: collapsePrefixes(subject.raw) }],
      });
    }
    if (body.historyMessages >= policy.thresholds.threadMessages) {
      context.report({
        messageId: "history",
        data: { count: body.historyMessages },
        location: { part: "body", zone: "quote" },
      });
    }
  },
};
