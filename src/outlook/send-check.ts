// What Smart Alerts shows when the user presses Send: pure functions from findings to `event.completed` options,
// testable without Office. launchevent.ts reads the draft, lints it and hands the findings here.
//
// Limits (docs/outlook-platform.md §2.2, @types/office-js SmartAlertsEventCompletedOptions): errorMessage and
// errorMessageMarkdown at most 500 characters, cancelLabel at most 20; cancelLabel, commandId, contextData and
// sendModeOverride need Mailbox 1.14, errorMessageMarkdown 1.15.
import { messageOf, RULES, type Finding, type Lang, type Severity } from "../lint";
import { PANE_COMMAND_ID } from "./commands";
import { encodePaneContext, type PaneContext } from "./pane-context";

export const MESSAGE_MAX = 500;
export const CANCEL_LABEL_MAX = 20;

const AFTER_HOURS = "after-hours-send";

export type SendDecision =
  | { allowEvent: true }
  | {
      allowEvent: false;
      errorMessage: string;
      errorMessageMarkdown: string;
      cancelLabel: string;
      commandId: string;
      /** encodePaneContext(...): classic Outlook before 2402 takes strings only */
      contextData: string;
      /** absent when a blocking rule is among the findings: the manifest's SendMode applies */
      sendModeOverride?: "promptUser";
    };

interface DialogText {
  title: { [s in "error" | "warning"]: string };
  more(n: number): string;
  slot(label: string): string;
  review: string;
  schedule: string;
}

const TEXT: { [l in Lang]: DialogText } = {
  fr: {
    title: { error: "À corriger avant l'envoi", warning: "À vérifier avant l'envoi" },
    more: (n) => (n === 1 ? "Et 1 autre point à vérifier." : "Et " + n + " autres points à vérifier."),
    slot: (label) => "Hors du temps de travail : programmez l'envoi pour " + label + ".",
    review: "Corriger",
    schedule: "Programmer",
  },
  en: {
    title: { error: "Fix before sending", warning: "Check before sending" },
    more: (n) => (n === 1 ? "And 1 more to check." : "And " + n + " more to check."),
    slot: (label) => "Outside working time: schedule it for " + label + ".",
    review: "Review",
    schedule: "Schedule",
  },
};

const SEVERITY_RANK: { [s in Severity]: number } = { error: 0, warning: 1, info: 2 };

function ruleRank(ruleId: string): number {
  for (let i = 0; i < RULES.length; i++) if (RULES[i].meta.id === ruleId) return i;
  return RULES.length;
}

/** error and warning findings, most important first: errors, then warnings, each in rule order. */
export function rankFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .filter((x) => x.finding.severity === "error" || x.finding.severity === "warning")
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        ruleRank(a.finding.ruleId) - ruleRank(b.finding.ruleId) ||
        a.index - b.index,
    )
    .map((x) => x.finding);
}

/** `text` cut to at most `max` characters, ending with "…" when cut (never between a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).replace(/\s+$/, "") + "…";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Plain text as a Markdown paragraph that renders as itself: the characters of the formatting Outlook supports
 * (bold/italic `*` `_`, links `[ ]`, and the backslash) are escaped, and so is a leading "1." (numbered list).
 * A masked number such as "1 84 12 ** *** *** 40" must not turn into bold.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_[\]]/g, "\\$&")
    .replace(/^(\d+)\.(\s)/, "$1\\.$2")
    .replace(/^([-+])(\s)/, "\\$1$2");
}

function slotOf(finding: Finding, lang: Lang): string | undefined {
  for (const fix of finding.fixes) if (fix.kind === "schedule-delivery") return fix.label[lang];
  return undefined;
}

/**
 * Allow, or block with the most important finding's message. `blockingRules` (policy.blockingRules): rule ids
 * the organisation does not let users send past; with one of them among the findings, the send mode is not
 * softened to "prompt user" and the manifest's SendMode applies. NB: that only blocks if the manifest's SendMode
 * is SoftBlock or Block; with PromptUser there, "Send Anyway" stays (see docs/send-time.md).
 */
export function decideSend(findings: Finding[], lang: Lang, blockingRules?: string[]): SendDecision {
  const ranked = rankFindings(findings);
  if (ranked.length === 0) return { allowEvent: true };
  const text = TEXT[lang];
  const top = ranked[0];
  const ruleIds: string[] = [];
  for (const f of ranked) if (ruleIds.indexOf(f.ruleId) < 0) ruleIds.push(f.ruleId);

  // The slot is in the after-hours message itself; when another finding comes first, a sentence gives it.
  let slot: string | undefined;
  if (top.ruleId !== AFTER_HOURS) {
    for (const f of ranked) {
      const label = f.ruleId === AFTER_HOURS ? slotOf(f, lang) : undefined;
      if (label) {
        slot = text.slot(label);
        break;
      }
    }
  }
  // The others, less the after-hours finding when its slot is already said.
  const others = ranked.length - 1 - (slot ? 1 : 0);
  const more = others > 0 ? text.more(others) : undefined;
  const main = capitalize(messageOf(top, lang).trim());

  const tail = [slot, more].filter((s): s is string => !!s);
  const tailText = tail.join(" ");
  const errorMessage = tailText
    ? truncate(main, MESSAGE_MAX - tailText.length - 1) + " " + tailText
    : truncate(main, MESSAGE_MAX);

  const markdownWith = (body: string) =>
    ["**" + escapeMarkdown(text.title[top.severity as "error" | "warning"]) + "**", escapeMarkdown(body)]
      .concat(tail.map(escapeMarkdown))
      .join("\n\n");
  let budget = main.length;
  let errorMessageMarkdown = markdownWith(main);
  while (errorMessageMarkdown.length > MESSAGE_MAX && budget > 0) {
    budget -= Math.max(1, errorMessageMarkdown.length - MESSAGE_MAX);
    errorMessageMarkdown = markdownWith(truncate(main, budget));
  }

  const context: PaneContext = { source: "send", ruleIds };
  if (ruleIds.indexOf(AFTER_HOURS) >= 0) context.action = "schedule";
  const blocking = (blockingRules || []).some((id) => ruleIds.indexOf(id) >= 0);

  const decision: SendDecision = {
    allowEvent: false,
    errorMessage,
    errorMessageMarkdown,
    cancelLabel: top.ruleId === AFTER_HOURS ? text.schedule : text.review,
    commandId: PANE_COMMAND_ID,
    contextData: encodePaneContext(context),
  };
  if (!blocking) decision.sendModeOverride = "promptUser";
  return decision;
}

/**
 * The options for `event.completed`, keeping only what the client supports: `supports("1.14")` is
 * `Office.context.requirements.isSetSupported("Mailbox", "1.14")`.
 *
 * The manifest's SendMode is SoftBlock, so that a rule the policy makes blocking really blocks, while a
 * failure of the add-in still lets mail go. Every other warning then needs `sendModeOverride: promptUser`
 * (Mailbox 1.14) to offer "Send anyway": a client without it is not given an unskippable warning, the
 * send is allowed. Only blocking rules stop the send there.
 */
export function completedOptions(
  decision: SendDecision,
  supports: (version: "1.14" | "1.15") => boolean,
): Office.SmartAlertsEventCompletedOptions {
  if (decision.allowEvent) return { allowEvent: true };
  if (decision.sendModeOverride && !supports("1.14")) return { allowEvent: true };
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: decision.errorMessage,
  };
  if (supports("1.14")) {
    options.cancelLabel = decision.cancelLabel;
    options.commandId = decision.commandId;
    options.contextData = decision.contextData;
    if (decision.sendModeOverride) options.sendModeOverride = decision.sendModeOverride;
  }
  if (supports("1.15")) options.errorMessageMarkdown = decision.errorMessageMarkdown;
  return options;
}
