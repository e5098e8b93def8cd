// The engine's public face: lint a Draft with a policy, read the findings in French or English, apply fixes.
export { lint, loadPolicy, messageOf, ruleOf } from "./engine";
export type { LintOptions } from "./engine";
export { applyFix, setImageAlt } from "./fixes";
export { defaultPolicy } from "./policy";
export { readPreferences, withPreferences } from "./preferences";
export type { Effective, UserPreferences } from "./preferences";
export type { Policy, PolicyProblem, RuleSetting } from "./policy";
export { RULES, RULES_BY_ID } from "./rules";
export type { Rule, RuleMeta } from "./rule";
export { formatMessage, languageOf } from "./i18n";
export * from "./types";
