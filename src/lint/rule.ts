// A rule in ESLint's shape: `meta` describes it, `check` reads the context and reports findings.
import type { BodyIndex } from "./body/body-index";
import type { Detection } from "./detectors";
import type { KeywordSets } from "./keywords";
import type { Policy } from "./policy";
import type { Recipients } from "./recipients";
import type { SubjectInfo } from "./subject";
import type { Draft, Fix, FixKind, Location, LocalText, MessageData, Severity } from "./types";

export interface RuleMeta {
  id: string;
  /** severity of the rule's main finding; some findings of a rule are milder (see RULES.md) */
  severity: Severity;
  /** where the guide asks for it, e.g. "§8 — un objet précis" */
  guide: LocalText;
  /** one line: what the rule checks (README table, CLI) */
  description: LocalText;
  /** why the guide asks it: shown with each finding in the pane */
  why: LocalText;
  fixes: FixKind[];
  messages: { [messageId: string]: LocalText };
}

export interface Report {
  messageId: string;
  data?: MessageData;
  location: Location;
  fixes?: Fix[];
  /** when not the rule's default */
  severity?: Severity;
}

/** Everything a rule may read; built once per lint and shared by all rules. */
export interface RuleContext {
  draft: Draft;
  policy: Policy;
  body: BodyIndex;
  subject: SubjectInfo;
  recipients: Recipients;
  keywords: KeywordSets;
  /** the send moment (ms since epoch): the draft's `sendAt`, else the caller's `now` */
  sendMoment: number;
  timeZone?: string;
  /** identifiers found in the whole visible body text (NIR, IBAN, card, ID documents) */
  bodyIdentifiers(): Detection[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
