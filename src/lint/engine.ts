// One lint: build the shared context once (body index, recipients, subject, keywords), run each rule.
import { buildBodyIndex } from "./body/body-index";
import { findIdentifiers, type Detection } from "./detectors";
import { formatMessage } from "./i18n";
import { compileKeywords, type KeywordSets } from "./keywords";
import { resolvePolicy, type Policy, type PolicyProblem, type RuleSetting } from "./policy";
import { classifyRecipients } from "./recipients";
import type { Rule, RuleContext } from "./rule";
import { RULES, RULES_BY_ID } from "./rules";
import { analyzeSubject } from "./subject";
import type { Draft, Finding, Lang, Severity } from "./types";

export interface LintOptions {
  policy?: Policy;
  /** the send moment when the draft has no `sendAt` (ms since epoch); default: now */
  now?: number;
  /** run only these rules (tests) */
  only?: string[];
}

const SEVERITY_ORDER: { [s in Severity]: number } = { error: 0, warning: 1, info: 2 };

// Compiled keyword sets are kept per policy object: the pane lints the same policy again and again.
let keywordCache: { policy: Policy; sets: KeywordSets } | undefined;

export function lint(draft: Draft, options: LintOptions = {}): Finding[] {
  const policy = options.policy || DEFAULT_POLICY;
  if (!keywordCache || keywordCache.policy !== policy)
    keywordCache = { policy, sets: compileKeywords(policy.keywords) };
  const keywords = keywordCache.sets;
  const body = buildBodyIndex(draft.body);
  let identifiers: Detection[] | undefined;
  const parsedSendAt = draft.sendAt ? Date.parse(draft.sendAt) : NaN;
  const findings: Finding[] = [];

  // One context for every rule rather than a copy each (copies were a fixed cost of every lint): `report`
  // reads the rule being run.
  let rule: Rule = RULES[0];
  let setting: RuleSetting | undefined;
  const context: RuleContext = {
    draft,
    policy,
    body,
    subject: analyzeSubject(draft.subject || ""),
    recipients: classifyRecipients(draft, policy),
    keywords,
    sendMoment: isNaN(parsedSendAt) ? (options.now !== undefined ? options.now : Date.now()) : parsedSendAt,
    timeZone: draft.timeZone || policy.timeZone,
    bodyIdentifiers() {
      if (identifiers === undefined) identifiers = findIdentifiers(body.text);
      return identifiers;
    },
    report(r) {
      let severity = r.severity || rule.meta.severity;
      // A policy severity replaces the rule's main level. Lowering a rule lowers its stronger findings
      // too (an organisation that makes vague-subject "info" means it never to block); its milder
      // findings keep their level.
      if (setting !== undefined && setting !== "off") {
        const main = rule.meta.severity;
        if (severity === main) severity = setting;
        else if (
          SEVERITY_ORDER[setting] > SEVERITY_ORDER[main] &&
          SEVERITY_ORDER[severity] < SEVERITY_ORDER[setting]
        )
          severity = setting;
      }
      findings.push({
        ruleId: rule.meta.id,
        severity,
        messageId: r.messageId,
        data: r.data || {},
        location: r.location,
        fixes: r.fixes || [],
      });
    },
  };
  for (const each of RULES) {
    if (options.only && options.only.indexOf(each.meta.id) < 0) continue;
    setting = policy.rules[each.meta.id];
    if (setting === "off") continue;
    rule = each;
    each.check(context);
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

const DEFAULT_POLICY: Policy = resolvePolicy(undefined, []).policy;

export function ruleOf(finding: Finding): Rule {
  return RULES_BY_ID[finding.ruleId];
}

/** The finding's message in the user's language. */
export function messageOf(finding: Finding, lang: Lang): string {
  const template = ruleOf(finding).meta.messages[finding.messageId];
  return template ? formatMessage(template[lang], finding.data, lang) : finding.messageId;
}

/** A policy from JSON, checked against the rules this engine knows. */
export function loadPolicy(input: unknown): { policy: Policy; problems: PolicyProblem[] } {
  return resolvePolicy(
    input,
    RULES.map((r) => r.meta.id),
  );
}
