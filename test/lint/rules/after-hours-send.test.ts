import type { Draft } from "../../../src/lint";
import { draft, ruleTester } from "../rule-tester";

/** The same plain draft, written in English. */
function en(overrides: Partial<Draft> = {}): Draft {
  return draft({
    from: { name: "Jane Martin", address: "jane.martin@city-example.org" },
    to: [{ name: "Paul Durand", address: "paul.durand@city-example.org" }],
    subject: "2027 culture budget: please approve by 12 December",
    body: { html: "<p>Hi Paul,</p><p>Could you approve the attached budget by 12 December?</p><p>Jane</p>" },
    ...overrides,
  });
}

/** A draft with no `sendAt`: the send moment is the case's `now`. */
function unsent(overrides: Partial<Draft> = {}): Draft {
  const d = draft(overrides);
  delete d.sendAt;
  return d;
}

const AFTER = { fr: "après les heures de bureau", en: "after working hours" };
const BEFORE = { fr: "avant les heures de bureau", en: "before working hours" };
const WEEKEND = { fr: "un jour non travaillé", en: "on a non-working day" };

ruleTester("after-hours-send", {
  valid: [
    {
      why: "18:59 on a Tuesday is the last minute inside the default 08:00-19:00 day",
      draft: draft({ sendAt: "2026-11-24T18:59:00+01:00" }),
    },
    {
      why: "08:00 sharp is inside: the start of the working day is inclusive",
      draft: en({ sendAt: "2026-11-24T08:00:00+01:00" }),
    },
    {
      why: "Good Friday is an ordinary working day in France outside Alsace-Moselle",
      draft: en({ sendAt: "2026-04-03T10:00:00+02:00" }),
    },
    {
      why: "26 December is an ordinary working day in France outside Alsace-Moselle",
      draft: draft({ sendAt: "2025-12-26T10:00:00+01:00" }),
    },
    {
      why: "written at 23:00 but already scheduled for 09:00 the next morning: nothing to do",
      draft: draft({ sendAt: "2026-11-24T23:00:00+01:00", deliverAt: "2026-11-25T09:00:00+01:00" }),
    },
    {
      why: "the draft's time zone governs: 20:00 in Paris is 15:00 in Martinique, inside working hours there",
      draft: draft({ sendAt: "2026-11-24T20:00:00+01:00", timeZone: "America/Martinique" }),
      policy: { timeZone: "Europe/Paris" },
    },
    {
      why: "without a time zone on the draft the policy's applies: 20:00 Paris is 15:00 in Martinique",
      draft: en({ sendAt: "2026-11-24T20:00:00+01:00", timeZone: undefined }),
      policy: { timeZone: "America/Martinique" },
    },
    {
      why: "a service that works on Saturdays (policy working days 1-6) may write on Saturday morning",
      draft: draft({ sendAt: "2026-11-28T10:00:00+01:00" }),
      policy: { workingTime: { days: [1, 2, 3, 4, 5, 6] } },
    },
    {
      why: "a policy ending the working day at 20:00 makes 19:30 a working time",
      draft: en({ sendAt: "2026-11-24T19:30:00+01:00" }),
      policy: { workingTime: { end: "20:00" } },
    },
    {
      why: "an organisation that switched the rule off is not told about Friday-night mail",
      draft: draft({ sendAt: "2026-11-27T21:40:00+01:00" }),
      policy: { rules: { "after-hours-send": "off" } },
    },
    {
      why: "with no sendAt on the draft, the caller's now (Tuesday 10:00) is the send moment",
      draft: unsent(),
      now: "2026-11-24T10:00:00+01:00",
    },
    {
      why: "the Monday after the autumn clock change: 17:30 UTC is 18:30 in Paris (winter time), still inside",
      draft: en({ sendAt: "2026-10-26T17:30:00Z" }),
    },
    {
      why: "a policy without public holidays works on 14 July",
      draft: draft({ sendAt: "2026-07-14T10:00:00+02:00" }),
      policy: { workingTime: { holidays: "none" } },
    },
  ],
  invalid: [
    {
      why: "Friday 21:40 in Paris: schedule for Monday 08:00, labelled in both languages",
      draft: draft({ sendAt: "2026-11-27T21:40:00+01:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            when: { fr: "le vendredi 27 novembre à 21:40", en: "on Friday 27 November at 21:40" },
            reason: AFTER,
            slot: { fr: "lundi 30 novembre à 08:00", en: "Monday 30 November at 08:00" },
          },
          location: { part: "send-time", at: "2026-11-27T21:40:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-27T21:40:00+01:00", deliverAt: "2026-11-30T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "Saturday is not a working day",
      draft: en({ sendAt: "2026-11-28T10:00:00+01:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            reason: WEEKEND,
            slot: { fr: "lundi 30 novembre à 08:00", en: "Monday 30 November at 08:00" },
          },
          location: { part: "send-time", at: "2026-11-28T10:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-11-28T10:00:00+01:00", deliverAt: "2026-11-30T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "Sunday evening is not a working day either: next slot Monday 08:00",
      draft: draft({ sendAt: "2026-11-29T23:30:00+01:00" }),
      findings: [
        {
          messageId: "now",
          data: { reason: WEEKEND },
          location: { part: "send-time", at: "2026-11-29T23:30:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-29T23:30:00+01:00", deliverAt: "2026-11-30T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "07:59 is before the working day: the next slot is the same morning at 08:00",
      draft: en({ sendAt: "2026-11-24T07:59:00+01:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            reason: BEFORE,
            slot: { fr: "mardi 24 novembre à 08:00", en: "Tuesday 24 November at 08:00" },
          },
          location: { part: "send-time", at: "2026-11-24T07:59:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-11-24T07:59:00+01:00", deliverAt: "2026-11-24T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "19:00 sharp is outside: the end of the working day is exclusive",
      draft: draft({ sendAt: "2026-11-24T19:00:00+01:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            reason: AFTER,
            slot: { fr: "mercredi 25 novembre à 08:00", en: "Wednesday 25 November at 08:00" },
          },
          location: { part: "send-time", at: "2026-11-24T19:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-24T19:00:00+01:00", deliverAt: "2026-11-25T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "11 November (Armistice) is a French public holiday, named in each language",
      draft: draft({ sendAt: "2026-11-11T10:00:00+01:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            reason: { fr: "un jour férié (Armistice)", en: "on a public holiday (Armistice Day)" },
            slot: { fr: "jeudi 12 novembre à 08:00", en: "Thursday 12 November at 08:00" },
          },
          location: { part: "send-time", at: "2026-11-11T10:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-11T10:00:00+01:00", deliverAt: "2026-11-12T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "14 July is a public holiday, in summer time",
      draft: en({ sendAt: "2026-07-14T10:00:00+02:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            reason: { fr: "un jour férié (Fête Nationale)", en: "on a public holiday (Bastille Day)" },
          },
          location: { part: "send-time", at: "2026-07-14T10:00:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-07-14T10:00:00+02:00", deliverAt: "2026-07-15T08:00:00+02:00" }),
          },
        },
      ],
    },
    {
      why: "Whit Monday, an Easter-based holiday, moves the slot to Tuesday",
      draft: draft({ sendAt: "2026-05-25T09:30:00+02:00" }),
      findings: [
        {
          messageId: "now",
          data: {
            reason: { fr: "un jour férié (Lundi de Pentecôte)", en: "on a public holiday (Whit Monday)" },
          },
          location: { part: "send-time", at: "2026-05-25T09:30:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-05-25T09:30:00+02:00", deliverAt: "2026-05-26T08:00:00+02:00" }),
          },
        },
      ],
    },
    {
      why: "Thursday 23:00 before Friday 1 May (holiday): the next slot skips Friday and the weekend",
      draft: en({ sendAt: "2026-04-30T23:00:00+02:00" }),
      findings: [
        {
          messageId: "now",
          data: { reason: AFTER, slot: { fr: "lundi 4 mai à 08:00", en: "Monday 4 May at 08:00" } },
          location: { part: "send-time", at: "2026-04-30T23:00:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-04-30T23:00:00+02:00", deliverAt: "2026-05-04T08:00:00+02:00" }),
          },
        },
      ],
    },
    {
      why: "Thursday 23:00 before Friday 8 May (holiday): Monday 11 May 08:00",
      draft: draft({ sendAt: "2026-05-07T23:00:00+02:00" }),
      findings: [
        {
          messageId: "now",
          data: { slot: { fr: "lundi 11 mai à 08:00", en: "Monday 11 May at 08:00" } },
          location: { part: "send-time", at: "2026-05-07T23:00:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-05-07T23:00:00+02:00", deliverAt: "2026-05-11T08:00:00+02:00" }),
          },
        },
      ],
    },
    {
      why: "in Alsace-Moselle Good Friday is a holiday, and Easter Monday after it: next slot Tuesday",
      draft: draft({ sendAt: "2026-04-03T10:00:00+02:00" }),
      policy: { workingTime: { holidays: "FR-alsace-moselle" } },
      findings: [
        {
          messageId: "now",
          data: {
            reason: { fr: "un jour férié (Vendredi Saint)", en: "on a public holiday (Good Friday)" },
            slot: { fr: "mardi 7 avril à 08:00", en: "Tuesday 7 April at 08:00" },
          },
          location: { part: "send-time", at: "2026-04-03T10:00:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-04-03T10:00:00+02:00", deliverAt: "2026-04-07T08:00:00+02:00" }),
          },
        },
      ],
    },
    {
      why: "in Alsace-Moselle 26 December is a holiday",
      draft: en({ sendAt: "2025-12-26T10:00:00+01:00" }),
      policy: { workingTime: { holidays: "FR-alsace-moselle" } },
      findings: [
        {
          messageId: "now",
          data: {
            reason: { fr: "un jour férié (Saint Étienne)", en: "on a public holiday (St Stephen's Day)" },
          },
          location: { part: "send-time", at: "2025-12-26T10:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2025-12-26T10:00:00+01:00", deliverAt: "2025-12-29T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "a four-day week (Monday-Thursday, 09:00-17:30 by policy): Friday is off, the next slot starts at 09:00",
      draft: draft({ sendAt: "2026-11-27T10:00:00+01:00" }),
      policy: { workingTime: { days: [1, 2, 3, 4], start: "09:00", end: "17:30" } },
      findings: [
        {
          messageId: "now",
          data: {
            reason: WEEKEND,
            slot: { fr: "lundi 30 novembre à 09:00", en: "Monday 30 November at 09:00" },
          },
          location: { part: "send-time", at: "2026-11-27T10:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-27T10:00:00+01:00", deliverAt: "2026-11-30T09:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "a working day ending at 17:30 by policy: 17:30 is already after hours",
      draft: en({ sendAt: "2026-11-24T17:30:00+01:00" }),
      policy: { workingTime: { start: "09:00", end: "17:30" } },
      findings: [
        {
          messageId: "now",
          data: { reason: AFTER },
          location: { part: "send-time", at: "2026-11-24T17:30:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-11-24T17:30:00+01:00", deliverAt: "2026-11-25T09:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "a closure day (24 December) followed by Christmas and a weekend: next slot Monday 28",
      draft: draft({ sendAt: "2026-12-24T10:00:00+01:00" }),
      policy: { workingTime: { closureDays: ["2026-12-24"] } },
      findings: [
        {
          messageId: "now",
          data: {
            reason: { fr: "un jour de fermeture", en: "on a closure day" },
            slot: { fr: "lundi 28 décembre à 08:00", en: "Monday 28 December at 08:00" },
          },
          location: { part: "send-time", at: "2026-12-24T10:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-12-24T10:00:00+01:00", deliverAt: "2026-12-28T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "written in working hours but scheduled for 22:00: the scheduled time is the send moment",
      draft: draft({ sendAt: "2026-11-24T15:00:00+01:00", deliverAt: "2026-11-24T22:00:00+01:00" }),
      findings: [
        {
          messageId: "scheduled",
          data: {
            when: { fr: "le mardi 24 novembre à 22:00", en: "on Tuesday 24 November at 22:00" },
            reason: AFTER,
          },
          location: { part: "send-time", at: "2026-11-24T22:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-24T15:00:00+01:00", deliverAt: "2026-11-25T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "a delivery time left over from last week is already past: the message would leave now, at 22:00",
      draft: en({ sendAt: "2026-11-24T22:00:00+01:00", deliverAt: "2026-11-16T09:00:00+01:00" }),
      findings: [
        {
          messageId: "now",
          location: { part: "send-time", at: "2026-11-24T22:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-11-24T22:00:00+01:00", deliverAt: "2026-11-25T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "the same instant as the valid Martinique case (19:00 UTC) is 20:00 for a sender in Paris",
      draft: draft({ sendAt: "2026-11-24T19:00:00Z" }),
      findings: [
        {
          messageId: "now",
          data: { reason: AFTER },
          location: { part: "send-time", at: "2026-11-24T20:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-11-24T19:00:00Z", deliverAt: "2026-11-25T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "noon in Paris is 07:00 in Martinique: before hours there, with the slot in Martinique time",
      draft: en({ sendAt: "2026-11-24T12:00:00+01:00", timeZone: "America/Martinique" }),
      findings: [
        {
          messageId: "now",
          data: {
            when: { fr: "le mardi 24 novembre à 07:00", en: "on Tuesday 24 November at 07:00" },
            reason: BEFORE,
            slot: { fr: "mardi 24 novembre à 08:00", en: "Tuesday 24 November at 08:00" },
          },
          location: { part: "send-time", at: "2026-11-24T07:00:00-04:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({
              sendAt: "2026-11-24T12:00:00+01:00",
              timeZone: "America/Martinique",
              deliverAt: "2026-11-24T08:00:00-04:00",
            }),
          },
        },
      ],
    },
    {
      why: "with no sendAt on the draft, the caller's now (Saturday 11:00) is the send moment",
      draft: unsent(),
      now: "2026-11-28T11:00:00+01:00",
      findings: [
        {
          messageId: "now",
          data: { reason: WEEKEND },
          location: { part: "send-time", at: "2026-11-28T11:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: unsent({ deliverAt: "2026-11-30T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "autumn clock change weekend: Saturday 22:00 summer time → Monday 08:00 winter time (+01:00)",
      draft: draft({ sendAt: "2026-10-24T22:00:00+02:00" }),
      findings: [
        {
          messageId: "now",
          data: { slot: { fr: "lundi 26 octobre à 08:00", en: "Monday 26 October at 08:00" } },
          location: { part: "send-time", at: "2026-10-24T22:00:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-10-24T22:00:00+02:00", deliverAt: "2026-10-26T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "spring clock change weekend: Friday 20:00 winter time → Monday 08:00 summer time (+02:00)",
      draft: en({ sendAt: "2026-03-27T20:00:00+01:00" }),
      findings: [
        {
          messageId: "now",
          location: { part: "send-time", at: "2026-03-27T20:00:00+01:00" },
          fix: {
            kind: "schedule-delivery",
            output: en({ sendAt: "2026-03-27T20:00:00+01:00", deliverAt: "2026-03-30T08:00:00+02:00" }),
          },
        },
      ],
    },
    {
      why: "the Friday before the autumn change: 17:30 UTC is 19:30 in Paris (summer time), after hours",
      draft: draft({ sendAt: "2026-10-23T17:30:00Z" }),
      findings: [
        {
          messageId: "now",
          data: { reason: AFTER },
          location: { part: "send-time", at: "2026-10-23T19:30:00+02:00" },
          fix: {
            kind: "schedule-delivery",
            output: draft({ sendAt: "2026-10-23T17:30:00Z", deliverAt: "2026-10-26T08:00:00+01:00" }),
          },
        },
      ],
    },
    {
      why: "a policy may raise the rule's severity to error (a Smart Alert that stops the send)",
      draft: draft({ sendAt: "2026-11-27T21:40:00+01:00" }),
      policy: { rules: { "after-hours-send": "error" } },
      findings: [
        {
          messageId: "now",
          severity: "error",
          location: { part: "send-time", at: "2026-11-27T21:40:00+01:00" },
        },
      ],
    },
    {
      why: "a policy may lower the rule to info: shown in the pane only",
      draft: en({ sendAt: "2026-11-28T10:00:00+01:00" }),
      policy: { rules: { "after-hours-send": "info" } },
      findings: [{ messageId: "now", severity: "info", location: { part: "send-time" } }],
    },
  ],
});
