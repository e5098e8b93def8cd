// The organisation's policy: defaults, and validation that names the faulty field and keeps the default.
import { DEFAULT_WORKING_TIME, isKnownTimeZone, parseHourMinute, type WorkingTime } from "./calendar";
import { KEYWORD_CATEGORIES } from "./keywords";
import type { LocalText, Severity } from "./types";

export type RuleSetting = Severity | "off";

export interface Thresholds {
  /** reply-all-overuse: visible recipients from which a reply-all is noted */
  replyAll: number;
  /** bulk-without-bcc: distinct external visible recipients */
  bulkExternal: number;
  /** bulk-without-bcc: visible recipients of any kind (info) */
  bulk: number;
  /** vague-subject: subject core length shown whole in message lists */
  subjectLength: number;
  /** long-thread: stacked reply/forward prefixes in the subject */
  threadPrefixes: number;
  /** long-thread: earlier messages in the quoted history */
  threadMessages: number;
  /** long-message: words of new text */
  messageWords: number;
  /** risky-attachment: MB (1,048,576 bytes) for one attachment, and for all together */
  attachmentMB: number;
  attachmentsTotalMB: number;
}

export interface Policy {
  internalDomains: string[];
  /** personal webmail domains beyond the built-in list */
  personalDomains: string[];
  /** IANA zone; default: the device's */
  timeZone?: string;
  workingTime: WorkingTime;
  thresholds: Thresholds;
  rules: { [ruleId: string]: RuleSetting };
  /** rules whose send-time warning offers no "Send anyway" */
  blockingRules: string[];
  /** extra words per keyword category (both languages together: a mail may mix them) */
  keywords: { [category: string]: string[] };
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  replyAll: 5,
  bulkExternal: 5,
  bulk: 25,
  subjectLength: 100,
  threadPrefixes: 3,
  threadMessages: 5,
  messageWords: 400,
  attachmentMB: 10,
  attachmentsTotalMB: 20,
};

export function defaultPolicy(): Policy {
  return {
    internalDomains: [],
    personalDomains: [],
    workingTime: {
      days: DEFAULT_WORKING_TIME.days.slice(),
      start: DEFAULT_WORKING_TIME.start,
      end: DEFAULT_WORKING_TIME.end,
      closureDays: [],
      holidays: DEFAULT_WORKING_TIME.holidays,
    },
    thresholds: { ...DEFAULT_THRESHOLDS },
    rules: {},
    blockingRules: [],
    keywords: {},
  };
}

export interface PolicyProblem {
  /** the faulty field, as a JSON path: `workingTime.start`, `rules.vague-subjet` */
  path: string;
  message: LocalText;
}

export interface ResolvedPolicy {
  policy: Policy;
  /** each faulty field fell back to its default */
  problems: PolicyProblem[];
}

type Json = { [key: string]: unknown };

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const DOMAIN = /^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)+$/i;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SETTINGS: RuleSetting[] = ["error", "warning", "info", "off"];

/** Reads a policy from JSON; every problem names its field and that field keeps its default. */
export function resolvePolicy(input: unknown, knownRules: string[]): ResolvedPolicy {
  const policy = defaultPolicy();
  const problems: PolicyProblem[] = [];
  const problem = (path: string, fr: string, en: string) => problems.push({ path, message: { fr, en } });
  if (input === undefined || input === null) return { policy, problems };
  if (!isObject(input)) {
    problem("", "La politique doit être un objet JSON.", "The policy must be a JSON object.");
    return { policy, problems };
  }
  const known = [
    "$schema",
    "internalDomains",
    "personalDomains",
    "timeZone",
    "workingTime",
    "thresholds",
    "rules",
    "blockingRules",
    "keywords",
    "$comment",
  ];
  for (const key of Object.keys(input)) {
    if (known.indexOf(key) < 0) problem(key, `Champ inconnu « ${key} ».`, `Unknown field "${key}".`);
  }

  const domains = (key: "internalDomains" | "personalDomains") => {
    const v = input[key];
    if (v === undefined) return;
    if (!isStringList(v)) {
      problem(key, "Une liste de domaines est attendue.", "A list of domains is expected.");
      return;
    }
    v.forEach((d, i) => {
      const clean = d.trim().replace(/^@/, "").toLowerCase();
      if (DOMAIN.test(clean)) policy[key].push(clean);
      else problem(`${key}[${i}]`, `« ${d} » n'est pas un nom de domaine.`, `"${d}" is not a domain name.`);
    });
  };
  domains("internalDomains");
  domains("personalDomains");

  if (input.timeZone !== undefined) {
    if (typeof input.timeZone === "string" && isKnownTimeZone(input.timeZone))
      policy.timeZone = input.timeZone;
    else
      problem(
        "timeZone",
        `Fuseau horaire inconnu « ${String(input.timeZone)} » (attendu : un nom IANA comme Europe/Paris).`,
        `Unknown time zone "${String(input.timeZone)}" (expected an IANA name such as Europe/Paris).`,
      );
  }

  const wt = input.workingTime;
  if (wt !== undefined) {
    if (!isObject(wt)) problem("workingTime", "Un objet est attendu.", "An object is expected.");
    else readWorkingTime(wt, policy.workingTime, problem);
  }

  const th = input.thresholds;
  if (th !== undefined) {
    if (!isObject(th)) problem("thresholds", "Un objet est attendu.", "An object is expected.");
    else {
      for (const key of Object.keys(th)) {
        if (key === "$comment") continue;
        const v = th[key];
        // Own keys only: "toString" or "constructor" are no thresholds.
        if (!Object.prototype.hasOwnProperty.call(DEFAULT_THRESHOLDS, key))
          problem(`thresholds.${key}`, `Seuil inconnu « ${key} ».`, `Unknown threshold "${key}".`);
        else if (typeof v !== "number" || !(v >= 1) || Math.floor(v) !== v)
          problem(
            `thresholds.${key}`,
            "Un entier positif est attendu.",
            "A positive whole number is expected.",
          );
        else policy.thresholds[key as keyof Thresholds] = v;
      }
    }
  }

  const rules = input.rules;
  if (rules !== undefined) {
    if (!isObject(rules)) problem("rules", "Un objet est attendu.", "An object is expected.");
    else {
      for (const id of Object.keys(rules)) {
        if (id === "$comment") continue;
        const v = rules[id];
        if (knownRules.indexOf(id) < 0)
          problem(`rules.${id}`, `Règle inconnue « ${id} ».`, `Unknown rule "${id}".`);
        else if (SETTINGS.indexOf(v as RuleSetting) < 0)
          problem(
            `rules.${id}`,
            "Attendu : error, warning, info ou off.",
            "Expected error, warning, info or off.",
          );
        else policy.rules[id] = v as RuleSetting;
      }
    }
  }

  const blocking = input.blockingRules;
  if (blocking !== undefined) {
    if (!isStringList(blocking))
      problem(
        "blockingRules",
        "Une liste d'identifiants de règles est attendue.",
        "A list of rule ids is expected.",
      );
    else
      blocking.forEach((id, i) => {
        if (knownRules.indexOf(id) >= 0) policy.blockingRules.push(id);
        else problem(`blockingRules[${i}]`, `Règle inconnue « ${id} ».`, `Unknown rule "${id}".`);
      });
  }

  const kw = input.keywords;
  if (kw !== undefined) {
    if (!isObject(kw)) problem("keywords", "Un objet est attendu.", "An object is expected.");
    else {
      for (const c of Object.keys(kw)) {
        if (c === "$comment") continue;
        const v = kw[c];
        const perLanguage =
          isObject(v) && Object.keys(v).every((k) => (k === "fr" || k === "en") && isStringList(v[k]));
        if ((KEYWORD_CATEGORIES as string[]).indexOf(c) < 0)
          problem(`keywords.${c}`, `Catégorie inconnue « ${c} ».`, `Unknown category "${c}".`);
        else if (isStringList(v)) policy.keywords[c] = v;
        else if (perLanguage)
          policy.keywords[c] = ((v.fr as string[]) || []).concat((v.en as string[]) || []);
        else
          problem(
            `keywords.${c}`,
            "Une liste de mots, ou des listes par langue (fr, en), est attendue.",
            "A list of words, or lists per language (fr, en), is expected.",
          );
      }
    }
  }
  return { policy, problems };
}

function readWorkingTime(
  wt: Json,
  out: WorkingTime,
  problem: (path: string, fr: string, en: string) => void,
) {
  for (const key of Object.keys(wt)) {
    if (["days", "start", "end", "closureDays", "holidays", "$comment"].indexOf(key) < 0)
      problem(`workingTime.${key}`, `Champ inconnu « ${key} ».`, `Unknown field "${key}".`);
  }
  if (wt.days !== undefined) {
    const d = wt.days;
    if (
      Array.isArray(d) &&
      d.length > 0 &&
      d.every((x) => typeof x === "number" && x >= 1 && x <= 7 && Math.floor(x) === x)
    )
      out.days = (d as number[]).slice();
    else
      problem(
        "workingTime.days",
        "Jours de 1 (lundi) à 7 (dimanche) attendus.",
        "Days from 1 (Monday) to 7 (Sunday) expected.",
      );
  }
  let start = parseHourMinute(out.start) as number;
  let end = parseHourMinute(out.end) as number;
  for (const key of ["start", "end"] as const) {
    const v = wt[key];
    if (v === undefined) continue;
    const minutes = typeof v === "string" ? parseHourMinute(v) : undefined;
    if (minutes === undefined)
      problem(
        `workingTime.${key}`,
        `Heure « HH:MM » attendue, reçu ${JSON.stringify(v)}.`,
        `Time "HH:MM" expected, got ${JSON.stringify(v)}.`,
      );
    else if (key === "start") start = minutes;
    else end = minutes;
  }
  if (start < end) {
    if (typeof wt.start === "string" && parseHourMinute(wt.start) === start) out.start = wt.start;
    if (typeof wt.end === "string" && parseHourMinute(wt.end) === end) out.end = wt.end;
  } else if (wt.start !== undefined || wt.end !== undefined) {
    problem(
      "workingTime.end",
      "La fin de journée doit suivre son début.",
      "The end of the working day must come after its start.",
    );
  }
  if (wt.closureDays !== undefined) {
    const c = wt.closureDays;
    if (!isStringList(c))
      problem(
        "workingTime.closureDays",
        "Une liste de dates AAAA-MM-JJ est attendue.",
        "A list of YYYY-MM-DD dates is expected.",
      );
    else
      c.forEach((day, i) => {
        if (DAY.test(day)) out.closureDays.push(day);
        else
          problem(
            `workingTime.closureDays[${i}]`,
            `Date AAAA-MM-JJ attendue : « ${day} ».`,
            `YYYY-MM-DD date expected: "${day}".`,
          );
      });
  }
  if (wt.holidays !== undefined) {
    const h = wt.holidays;
    if (h === "FR" || h === "FR-alsace-moselle" || h === "none") out.holidays = h;
    else
      problem(
        "workingTime.holidays",
        "Attendu : FR, FR-alsace-moselle ou none.",
        "Expected FR, FR-alsace-moselle or none.",
      );
  }
}
