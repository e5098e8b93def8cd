// A user's own preferences, kept in Outlook's roaming settings, applied within the organisation's policy:
// they may narrow the policy, never loosen what it enforces.
import { parseHourMinute } from "./calendar";
import type { Policy } from "./policy";
import type { Lang } from "./types";

export interface UserPreferences {
  /** the pane's language, instead of Outlook's display language */
  language?: Lang;
  /** rules the user does not want to see in the pane */
  hiddenRules?: string[];
  /** the user's own working hours, inside the policy's */
  workingHours?: { start: string; end: string };
}

export interface Effective {
  policy: Policy;
  /** rules hidden in the pane: the user's choice less the rules the policy makes blocking */
  hiddenRules: string[];
  language?: Lang;
}

/**
 * The policy as it applies to this user. Personal hours are kept only inside the policy's day (a
 * part-time agent's 09:00–16:00 in an 08:00–19:00 policy), else ignored; blocking rules cannot be hidden.
 */
export function withPreferences(policy: Policy, prefs: UserPreferences | undefined): Effective {
  if (!prefs) return { policy, hiddenRules: [] };
  let effective = policy;
  const hours = prefs.workingHours;
  if (hours) {
    const start = parseHourMinute(hours.start);
    const end = parseHourMinute(hours.end);
    const min = parseHourMinute(policy.workingTime.start) as number;
    const max = parseHourMinute(policy.workingTime.end) as number;
    if (start !== undefined && end !== undefined && min <= start && start < end && end <= max) {
      effective = { ...policy, workingTime: { ...policy.workingTime, start: hours.start, end: hours.end } };
    }
  }
  const hiddenRules = (prefs.hiddenRules || []).filter((id) => policy.blockingRules.indexOf(id) < 0);
  return { policy: effective, hiddenRules, language: prefs.language };
}

/** Reads stored preferences defensively: roaming settings may hold anything, from any version. */
export function readPreferences(value: unknown): UserPreferences {
  const prefs: UserPreferences = {};
  if (typeof value !== "object" || value === null) return prefs;
  const v = value as { [key: string]: unknown };
  if (v.language === "fr" || v.language === "en") prefs.language = v.language;
  if (Array.isArray(v.hiddenRules))
    prefs.hiddenRules = v.hiddenRules.filter((x): x is string => typeof x === "string");
  const h = v.workingHours as { start?: unknown; end?: unknown } | undefined;
  if (h && typeof h.start === "string" && typeof h.end === "string")
    prefs.workingHours = { start: h.start, end: h.end };
  return prefs;
}
