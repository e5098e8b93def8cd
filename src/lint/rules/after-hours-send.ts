import { formatInstant, formatSlotLabel, nextWorkingSlot, offReason, type OffReason } from "../calendar";
import type { Rule } from "../rule";
import type { LocalText } from "../types";

const REASONS: { [r in OffReason]: LocalText } = {
  "before-hours": { fr: "avant les heures de bureau", en: "before working hours" },
  "after-hours": { fr: "après les heures de bureau", en: "after working hours" },
  weekend: { fr: "un jour non travaillé", en: "on a non-working day" },
  holiday: { fr: "un jour férié", en: "on a public holiday" },
  closure: { fr: "un jour de fermeture", en: "on a closure day" },
};

// The calendar names holidays in French; the English message takes these names.
const HOLIDAYS_EN: { [fr: string]: string } = {
  "Jour de l'an": "New Year's Day",
  "Fête du travail": "Labour Day",
  "Victoire des alliés": "Victory in Europe Day",
  "Fête Nationale": "Bastille Day",
  Assomption: "Assumption Day",
  Toussaint: "All Saints' Day",
  Armistice: "Armistice Day",
  Noël: "Christmas Day",
  "Lundi de Pâques": "Easter Monday",
  Ascension: "Ascension Day",
  "Lundi de Pentecôte": "Whit Monday",
  "Vendredi Saint": "Good Friday",
  "Saint Étienne": "St Stephen's Day",
};

const both = (f: (lang: "fr" | "en") => string): LocalText => ({ fr: f("fr"), en: f("en") });

export const afterHoursSend: Rule = {
  meta: {
    id: "after-hours-send",
    severity: "warning",
    guide: {
      fr: "Guide §8 — « respect du droit à la déconnexion : envoyer aux heures de bureau ou planifier l'envoi différé »",
      en: "Guide §8 — “respect the right to disconnect: send in working hours or schedule the send”",
    },
    description: {
      fr: "Un message qui partirait hors des heures de travail (soir, week-end, jour férié) : proposer l'envoi différé.",
      en: "A message that would leave outside working hours (evening, weekend, public holiday): offer to schedule it.",
    },
    why: {
      fr: "Un message reçu le soir ou le week-end pousse à répondre hors du temps de travail. Le droit à la déconnexion protège chacun ; l'envoi différé fait arriver votre message quand vos collègues sont au travail.",
      en: "A message received in the evening or at the weekend invites an answer outside working time. The right to disconnect protects everyone; a scheduled send delivers your message when colleagues are at work.",
    },
    fixes: ["schedule-delivery"],
    messages: {
      now: {
        fr: "Envoi {{when}}, {{reason}} : programmez-le pour {{slot}}.",
        en: "Sending {{when}}, {{reason}}: schedule it for {{slot}}.",
      },
      scheduled: {
        fr: "L'envoi est programmé {{when}}, {{reason}} : préférez {{slot}}.",
        en: "The send is scheduled {{when}}, {{reason}}: prefer {{slot}}.",
      },
    },
  },
  check(context) {
    const { draft, policy, timeZone } = context;
    const scheduled = draft.deliverAt ? Date.parse(draft.deliverAt) : NaN;
    // A delivery time already past (left over on the draft) does not hold the message back: it leaves now.
    const deferred = !isNaN(scheduled) && scheduled > context.sendMoment;
    const moment = deferred ? scheduled : context.sendMoment;
    const off = offReason(moment, policy.workingTime, timeZone);
    if (!off) return;
    const slot = nextWorkingSlot(moment, policy.workingTime, timeZone);
    const label = both((lang) => formatSlotLabel(slot, lang, timeZone));
    const reason = off.holiday
      ? {
          fr: `${REASONS.holiday.fr} (${off.holiday})`,
          en: `${REASONS.holiday.en} (${HOLIDAYS_EN[off.holiday] || off.holiday})`,
        }
      : REASONS[off.reason];
    context.report({
      messageId: deferred ? "scheduled" : "now",
      data: {
        when: both((lang) => (lang === "fr" ? "le " : "on ") + formatSlotLabel(moment, lang, timeZone)),
        reason,
        slot: label,
      },
      location: { part: "send-time", at: formatInstant(moment, timeZone) },
      fixes: [{ kind: "schedule-delivery", at: formatInstant(slot, timeZone), label }],
    });
  },
};
