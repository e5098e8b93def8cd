// The pane's lint step, kept apart from React: prepare the draft read from the host, skip the lint when the
// draft has not changed since the last one (the pane re-reads every few seconds), order the findings.
import { lint as engineLint, type Draft, type Finding, type Policy, type Severity } from "../lint";
import type { PaneContext } from "../outlook/pane-context";
import type { Counts } from "./strings";

/** The device's IANA zone, when Intl can tell. */
export function deviceTimeZone(): string | undefined {
  try {
    return typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;
  } catch {
    return undefined;
  }
}

/** The zone the pane works in: the draft's own, else the policy's, else the device's. */
export function paneTimeZone(draft: Draft | undefined, policy: Policy): string | undefined {
  return (draft && draft.timeZone) || policy.timeZone || deviceTimeZone();
}

/** The draft as the engine should see it from the pane: with the time zone working hours are judged in. */
export function prepareDraft(draft: Draft, policy: Policy): Draft {
  const timeZone = paneTimeZone(draft, policy);
  return timeZone ? { ...draft, timeZone } : draft;
}

const MINUTE_MS = 60000;

/**
 * A cheap identity for "the same lint input": the draft without `sendAt` (Outlook's host stamps it with the read
 * time, so it differs on every read), plus the current minute, so that a pane left open still notices 19:00.
 */
export function draftKey(draft: Draft, now: number): string {
  const rest: Draft = { ...draft };
  delete rest.sendAt;
  return Math.floor(now / MINUTE_MS) + "|" + JSON.stringify(rest);
}

export interface Linter {
  /** lints unless the input is the same as last time; `changed` is false when the last findings still hold */
  run(
    draft: Draft,
    options: { policy: Policy; now: number; force?: boolean },
  ): { findings: Finding[]; changed: boolean };
}

export function createLinter(lint: typeof engineLint = engineLint): Linter {
  let lastKey: string | undefined;
  let lastPolicy: Policy | undefined;
  let last: Finding[] = [];
  return {
    run(draft, { policy, now, force }) {
      const key = draftKey(draft, now);
      if (!force && key === lastKey && policy === lastPolicy) return { findings: last, changed: false };
      lastKey = key;
      lastPolicy = policy;
      last = lint(draft, { policy, now });
      return { findings: last, changed: true };
    },
  };
}

/** A stable identity for a finding across re-lints of the same draft (React keys, per-finding errors). */
export function findingKey(f: Finding): string {
  return f.ruleId + "|" + f.messageId + "|" + JSON.stringify(f.location);
}

/** Keys for a list of findings, unique even when two findings look alike (a suffix tells them apart). */
export function keyFindings(findings: Finding[]): Map<Finding, string> {
  const keys = new Map<Finding, string>();
  const seen: { [key: string]: number } = {};
  for (const f of findings) {
    const base = findingKey(f);
    const n = seen[base] || 0;
    seen[base] = n + 1;
    keys.set(f, n === 0 ? base : base + "#" + n);
  }
  return keys;
}

export function countBySeverity(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/**
 * Splits the findings into those the send-time check flagged (in the context's order, most important first)
 * and the others grouped by severity, each keeping the engine's order.
 */
export function arrangeFindings(
  findings: Finding[],
  context: PaneContext | undefined,
): { flagged: Finding[]; groups: { severity: Severity; findings: Finding[] }[] } {
  const ids = context ? context.ruleIds : [];
  const rank = (f: Finding) => ids.indexOf(f.ruleId);
  const flagged = findings
    .filter((f) => rank(f) >= 0)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
  const rest = findings.filter((f) => rank(f) < 0);
  return {
    flagged,
    groups: SEVERITIES.map((severity) => ({
      severity,
      findings: rest.filter((f) => f.severity === severity),
    })).filter((g) => g.findings.length > 0),
  };
}

/**
 * The findings the pane shows: those of rules the user hid are left out, except those the send-time check
 * flagged (the send stopped for them: hiding them would leave the user with no reason). `hidden` counts the rest.
 */
export function visibleFindings(
  findings: Finding[],
  hiddenRules: string[],
  context: PaneContext | undefined,
): { shown: Finding[]; hidden: number } {
  if (hiddenRules.length === 0) return { shown: findings, hidden: 0 };
  const flagged = context ? context.ruleIds : [];
  const shown = findings.filter((f) => hiddenRules.indexOf(f.ruleId) < 0 || flagged.indexOf(f.ruleId) >= 0);
  return { shown, hidden: findings.length - shown.length };
}
